import Foundation
import Testing

/// The PDFs the tool writes are tagged PDF/UA-1: checked with the outloud and pdfua checkers
/// (PyPI, in `.venv-test` from `make test-deps`) and poppler's view of the structure tree.
@Suite("Accessible PDFs (PDF/UA-1)")
struct PDFAccessibilityTests {
    static let venv = CLI.repository.appendingPathComponent(".venv-test/bin")
    static let outloud = venv.appendingPathComponent("outloud").path
    static let pdfua = venv.appendingPathComponent("pdfua").path
    static var hasCheckers: Bool {
        FileManager.default.isExecutableFile(atPath: outloud) && FileManager.default.isExecutableFile(atPath: pdfua)
            && CLI.has("qpdf") && CLI.has("pdfinfo")
    }
    static let fixtures = CLI.repository.appendingPathComponent("Tests/EndToEndTests/Fixtures/accessibility")

    /// Every student report template the project ships (the class summary is written by batch,
    /// the questionnaire by `career-report questionnaire`).
    static func shippedTemplates() throws -> [URL] {
        let folder = CLI.repository.appendingPathComponent("templates")
        var templates: [URL] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let item = folder.appendingPathComponent(name)
            if name.hasSuffix(".xml") {
                templates.append(item)
            } else if let inner = try? FileManager.default.contentsOfDirectory(atPath: item.path) {
                templates += inner.sorted().filter { $0.hasSuffix(".xml") }.map { item.appendingPathComponent($0) }
            }
        }
        return templates.filter { !["class-summary.xml", "questionnaire.xml"].contains($0.lastPathComponent) }
    }

    /// The sample profiles (English, Spanish-speaking, mixed) and the fixtures with a Chinese,
    /// an Arabic and a Vietnamese name.
    static func profiles() throws -> [String] {
        let samples = CLI.repository.appendingPathComponent("samples/profiles")
        return try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted().map {
            samples.appendingPathComponent($0).path
        } + ["cjk.yaml", "arabic.yaml", "vietnamese.yaml"].map { fixtures.appendingPathComponent($0).path }
    }

    /// Runs outloud on `files`, failing on errors; returns its status and report.
    static func outloud(_ files: [String]) throws -> CLI.Result {
        try CLI.tool(outloud, ["--fail-on", "error", "--no-info"] + files)
    }

    @Test(
        "every shipped template x the sample profiles, the Spanish report, a class summary and both questionnaires pass outloud and pdfua",
        .enabled(if: hasCheckers, "needs outloud and pdfua in .venv-test, qpdf and poppler-utils: run make test-deps"))
    func everyTemplatePasses() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let profiles = try Self.profiles()
        var files: [String] = []
        for (index, template) in try Self.shippedTemplates().enumerated() {
            let out = folder.appendingPathComponent("template-\(index)")
            let result = try CLI.run(
                ["generate"] + profiles + ["--template", template.path, "--format", "pdf", "--out", out.path],
                in: folder)
            #expect(result.status == 0, "\(template.lastPathComponent): \(result.stderr)")
            files += try FileManager.default.contentsOfDirectory(atPath: out.path).sorted().map {
                out.appendingPathComponent($0).path
            }
        }
        let spanish = try CLI.run(
            ["generate"] + profiles + ["--lang", "es", "--format", "pdf", "--out", "es"], in: folder)
        #expect(spanish.status == 0, "\(spanish.stderr)")
        files += try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("es").path).sorted()
            .map { folder.appendingPathComponent("es/\($0)").path }
        let batch = try CLI.run(
            ["batch", Self.fixtures.appendingPathComponent("roster.csv").path, "--out", "batch", "--quiet"], in: folder)
        #expect(batch.status == 0, "\(batch.stderr)")
        files.append(folder.appendingPathComponent("batch/class-summary.pdf").path)
        for form in ["short", "mini"] {
            let sheet = try CLI.run(["questionnaire", "--form", form, "--format", "pdf", "--out", form], in: folder)
            #expect(sheet.status == 0, "\(sheet.stderr)")
            files += try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(form).path)
                .filter { $0.hasSuffix(".pdf") }.map { folder.appendingPathComponent("\(form)/\($0)").path }
        }
        #expect(files.count >= 2 * 6 + 6 + 1 + 2)

        let check = try Self.outloud(files)
        #expect(check.status == 0, "outloud found errors:\n\(check.stdout)\(check.stderr)")
        #expect(!check.stdout.contains("FAIL"), "\(check.stdout)")
        let strict = try CLI.tool(Self.pdfua, ["check", "--min-severity", "error", "--quiet"] + files)
        #expect(strict.status == 0, "pdfua found errors:\n\(strict.stdout)\(strict.stderr)")
        for file in files {
            let qpdf = try CLI.tool("qpdf", ["--check", file])
            #expect(qpdf.status == 0, "\(file): \(qpdf.stdout)")
            let text = try CLI.tool("pdftotext", ["-enc", "UTF-8", file, "/dev/null"])
            #expect(text.stderr.isEmpty, "\(file): poppler warns: \(text.stderr)")
        }
    }

    @Test(
        "the sample report's structure tree, as pdfinfo -struct-text shows it, is the reviewed one",
        .enabled(if: CLI.has("pdfinfo"), "needs pdfinfo (poppler-utils): run make test-deps"))
    func structureTree() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let profile = CLI.repository.appendingPathComponent("samples/profiles/jose-creative.yaml").path
        let result = try CLI.run(["generate", profile, "--format", "pdf", "--out", "."], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let tree = try CLI.tool("pdfinfo", ["-struct-text", folder.appendingPathComponent("s-0001.pdf").path])
        #expect(tree.status == 0)
        #expect(tree.stderr.isEmpty, "poppler warns about the structure: \(tree.stderr)")
        let actual = Self.withoutObjectNumbers(tree.stdout)
        let expectedFile = Self.fixtures.appendingPathComponent("sample-report.struct.txt")
        if ProcessInfo.processInfo.environment["UPDATE_EXPECTED_STRUCTURE"] == "1" {
            try Data(actual.utf8).write(to: expectedFile)
        }
        let expected = try String(contentsOf: expectedFile, encoding: .utf8)
        let firstDifference = zip(actual.split(separator: "\n"), expected.split(separator: "\n")).enumerated()
            .first { $0.element.0 != $0.element.1 }
        #expect(
            actual == expected,
            """
            the structure tree changed; first difference at line \((firstDifference?.offset ?? 0) + 1): \
            \(firstDifference.map { "got \($0.element.0), expected \($0.element.1)" } ?? "length differs"). \
            Review it, then run UPDATE_EXPECTED_STRUCTURE=1 swift test --filter structureTree
            """)
    }

    /// `bytes` with every `old` replaced by `new`.
    static func replacing(_ old: [UInt8], with new: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == old[0], index + old.count <= bytes.count, Array(bytes[index..<index + old.count]) == old
            {
                result += new
                index += old.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }

    /// `text` with link annotations' object numbers (`Object 14 0`) left out: they change
    /// with anything else in the file.
    static func withoutObjectNumbers(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let trimmed = line.drop { $0 == " " }
            return trimmed.hasPrefix("Object ") ? line.prefix(line.count - trimmed.count) + "Object" : line
        }.joined(separator: "\n")
    }

    @Test(
        "outloud fails a report with an untagged block, or with a picture without alternative text",
        .enabled(if: hasCheckers, "needs outloud in .venv-test and qpdf: run make test-deps"))
    func checkerCatchesMistakes() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let profile = CLI.repository.appendingPathComponent("samples/profiles/jose-creative.yaml").path
        #expect(try CLI.run(["generate", profile, "--format", "pdf", "--out", "."], in: folder).status == 0)
        let report = folder.appendingPathComponent("s-0001.pdf").path
        let good = try Self.outloud([report])
        #expect(good.status == 0, "\(good.stdout)")

        // The same report made editable (streams uncompressed), then broken in one place each.
        let editable = folder.appendingPathComponent("qdf.pdf").path
        _ = try CLI.tool("qpdf", ["--qdf", "--object-streams=disable", report, editable])
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: editable)))
        func broken(_ name: String, replacing old: String, with new: String) throws -> String {
            let changed = Self.replacing(Array(old.utf8), with: Array(new.utf8), in: bytes)
            #expect(changed != bytes, "the report has \(old)")
            let path = folder.appendingPathComponent("\(name).qdf").path
            try Data(changed).write(to: URL(fileURLWithPath: path))
            let fixed = folder.appendingPathComponent("\(name).pdf").path
            let fix = try CLI.tool("sh", ["-c", "fix-qdf \"$1\" > \"$2\"", "sh", path, fixed])
            #expect(fix.status == 0, "\(fix.stderr)")
            return fixed
        }
        // A block whose marked content is neither an element's content nor an artifact.
        let untagged = try broken("untagged", replacing: "/P <</MCID 1>> BDC", with: "/Span BMC")
        let untaggedCheck = try Self.outloud([untagged])
        #expect(untaggedCheck.status != 0)
        #expect(untaggedCheck.stdout.contains("TAG-001"), "\(untaggedCheck.stdout)")
        // A figure whose /Alt entry is gone.
        let noAlt = try broken("no-alt", replacing: "/Alt ", with: "/Xlt ")
        let noAltCheck = try Self.outloud([noAlt])
        #expect(noAltCheck.status != 0)
        #expect(noAltCheck.stdout.contains("FIG-001"), "\(noAltCheck.stdout)")
    }
}

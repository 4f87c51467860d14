import Foundation
import Testing

@Suite("career-report generate, run as a user would")
struct GenerateTests {
    static let hasPoppler = CLI.has("pdftotext")
    static let hasQPDF = CLI.has("qpdf")

    func sample(_ name: String) -> String { CLI.repository.appendingPathComponent("samples/profiles/\(name)").path }

    @Test(
        "José's report: PDF text has his name exactly, qpdf finds no fault, the HTML carries the name",
        .enabled(if: hasPoppler && hasQPDF, "needs pdftotext (poppler-utils) and qpdf: run `make test-deps`"))
    func josesReport() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["generate", sample("jose-creative.yaml"), "--out", "reports"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("s-0001: reports/s-0001.pdf, reports/s-0001.html"))
        #expect(!result.stdout.contains("José") && !result.stderr.contains("José"), "names stay out of console output")

        let pdf = folder.appendingPathComponent("reports/s-0001.pdf").path
        let text = try CLI.tool("pdftotext", ["-enc", "UTF-8", pdf, "-"]).stdout
        #expect(text.contains("José Müller"))
        #expect(text.contains("Page 1 of "))
        #expect(text.contains("O*NET 29.2 Database"))
        let check = try CLI.tool("qpdf", ["--check", pdf])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("No syntax or stream encoding errors"))

        let html = try String(contentsOf: folder.appendingPathComponent("reports/s-0001.html"), encoding: .utf8)
        #expect(html.contains("José Müller"))
        #expect(html.contains("<html lang=\"en\""))
    }

    @Test(
        "Zoë Ñúñez from JSON comes out right in both formats",
        .enabled(if: hasPoppler, "needs pdftotext (poppler-utils)"))
    func zoe() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["generate", sample("zoe-mix.json"), "--out", "."], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try CLI.tool("pdftotext", ["-enc", "UTF-8", folder.appendingPathComponent("s-0002.pdf").path, "-"])
            .stdout
        #expect(text.contains("Zoë Ñúñez"))
        #expect(
            try String(contentsOf: folder.appendingPathComponent("s-0002.html"), encoding: .utf8).contains("Zoë Ñúñez"))
    }

    @Test(
        "a hostile name is escaped in the HTML and printed literally in the PDF",
        .enabled(if: hasPoppler, "needs pdftotext (poppler-utils)"))
    func hostileName() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(
            """
            id: s-evil
            name: {given: "<script>alert('x')</script>", family: "O'Brien & \\"Sons\\""}
            interests: {holland_code: EAS}
            """.utf8
        ).write(to: folder.appendingPathComponent("evil.yaml"))
        let result = try CLI.run(["generate", "evil.yaml", "--out", "."], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: folder.appendingPathComponent("s-evil.html"), encoding: .utf8)
        #expect(!html.contains("<script"))
        #expect(
            html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                || html.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"))
        #expect(
            html.contains("O&#39;Brien &amp; &quot;Sons&quot;") || html.contains("O&#x27;Brien &amp; &quot;Sons&quot;"))
        let text = try CLI.tool("pdftotext", ["-enc", "UTF-8", folder.appendingPathComponent("s-evil.pdf").path, "-"])
            .stdout
        #expect(text.contains("<script>alert('x')</script>"))
    }

    @Test("only the formats asked for are written, with the picture the HTML links to beside it")
    func htmlOnly() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(
            ["generate", sample("sam-technical.yaml"), "--format", "html", "--out", "."], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.count == 2 && files.last == "s-0003.html", "\(files)")
        let picture = try #require(files.first)
        #expect(picture.hasPrefix("careerreport-mark-") && picture.hasSuffix(".png"))
        let html = try String(contentsOf: folder.appendingPathComponent("s-0003.html"), encoding: .utf8)
        #expect(html.contains("<img src=\"\(picture)\" alt=\"\""))
        #expect(result.stdout.contains("linked from the HTML reports (keep beside them): ./\(picture)"))
    }

    @Test("the same input and SOURCE_DATE_EPOCH give byte-identical files")
    func reproducible() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CLI.run(["generate", sample("jose-creative.yaml"), "--out", "a"], in: folder)
        _ = try CLI.run(["generate", sample("jose-creative.yaml"), "--out", "b"], in: folder)
        for name in ["s-0001.pdf", "s-0001.html"] {
            let a = try Data(contentsOf: folder.appendingPathComponent("a/\(name)"))
            let b = try Data(contentsOf: folder.appendingPathComponent("b/\(name)"))
            #expect(a == b, "\(name) differs between runs")
        }
    }
}

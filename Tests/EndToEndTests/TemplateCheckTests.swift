import Foundation
import Testing

@Suite("career-report template check, and generate --lang, run as a user would")
struct TemplateCheckTests {
    func repositoryFile(_ path: String) -> String { CLI.repository.appendingPathComponent(path).path }

    @Test("the shipped templates pass: exit 0 and a summary with no problems")
    func shippedTemplatesPass() throws {
        let result = try CLI.run(
            ["template", "check", "templates/student-report.xml", "templates/es/student-report.xml"], in: CLI.repository
        )
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "2 templates checked: no problems found\n")
        #expect(result.stderr.isEmpty)
    }

    @Test("a bad template: every problem on its own file:line:col line, a suggestion, exit 1, a summary")
    func badTemplateFails() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(
            """
            <report xmlns="urn:careerreport:template:1" version="1">
              <meta><title>Report for <value of="student.nmae.full"/></title></meta>
              <body>
                <heading level="1" id="top">Hi</heading>
                <section id="top"><p><value of="careers.0.titel"/></p></section>
              </body>
            </report>
            """.utf8
        ).write(to: folder.appendingPathComponent("bad.xml"))
        let result = try CLI.run(
            [
                "template", "check", "bad.xml", repositoryFile("templates/student-report.xml"), "--templates",
                repositoryFile("templates"),
            ],
            in: folder)
        #expect(result.status == 1)
        #expect(
            result.stderr.split(separator: "\n") == [
                "bad.xml:2:27: error: no value 'student.nmae.full' in the student report data; did you mean 'student.name.full'?",
                "bad.xml:5:5: error: the id \"top\" is already used on line 4; every id must be unique",
                "bad.xml:5:26: error: no value 'careers.0.titel' in the student report data; did you mean 'careers.0.title'?",
            ])
        #expect(result.stdout == "2 templates checked: 1 with errors\n")
    }

    @Test("a template that is not even XML, and a missing file, are reported, not crashed on")
    func unreadableTemplates() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("<report><p></report>".utf8).write(to: folder.appendingPathComponent("broken.xml"))
        let result = try CLI.run(
            ["template", "check", "broken.xml", "missing.xml", "--templates", repositoryFile("templates")], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.xml:1:"))
        #expect(result.stderr.contains("missing.xml"))
        #expect(result.stdout == "2 templates checked: 2 with errors\n")
    }

    @Test(
        "generate --lang es writes a Spanish PDF with the student's name",
        .enabled(if: CLI.has("pdftotext"), "needs pdftotext (poppler-utils): run `make test-deps`"))
    func spanishReport() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(
            ["generate", repositoryFile("samples/profiles/jose-creative.yaml"), "--lang", "es", "--out", "."],
            in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try CLI.tool("pdftotext", ["-enc", "UTF-8", folder.appendingPathComponent("s-0001.pdf").path, "-"])
            .stdout
        for phrase in [
            "José Müller", "Tu informe de orientación profesional", "Preguntas frecuentes", "29 de noviembre de 2025",
            "Página 1 de",
        ] {
            #expect(text.contains(phrase), "missing: \(phrase)")
        }
        let html = try String(contentsOf: folder.appendingPathComponent("s-0001.html"), encoding: .utf8)
        #expect(html.contains("<html lang=\"es\""))
    }

    @Test("generate --lang with a language the templates folder lacks is refused, naming those it has")
    func unknownLanguage() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(
            ["generate", repositoryFile("samples/profiles/jose-creative.yaml"), "--lang", "fr", "--out", "."],
            in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: --lang: there is no"))
        #expect(result.stderr.contains("fr/student-report.xml"))
        #expect(result.stderr.contains("the templates folder has: en, es"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("--lang follows one rule: ES is es for generate and catalog list alike, and a malformed tag fails both")
    func oneLanguageRule() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let profile = repositoryFile("samples/profiles/jose-creative.yaml")
        let upper = try CLI.run(
            ["generate", profile, "--lang", "ES", "--format", "html", "--out", "upper"], in: folder)
        #expect(upper.status == 0, "\(upper.stderr)")
        let lower = try CLI.run(
            ["generate", profile, "--lang", "es", "--format", "html", "--out", "lower"], in: folder)
        #expect(lower.status == 0, "\(lower.stderr)")
        let html = { (out: String) in
            try String(contentsOf: folder.appendingPathComponent("\(out)/s-0001.html"), encoding: .utf8)
        }
        #expect(try html("upper") == html("lower"))
        #expect(try html("upper").contains("<html lang=\"es\""))

        let english = try CLI.run(["catalog", "list"], in: folder)
        let spanish = try CLI.run(["catalog", "list", "--lang", "es"], in: folder)
        let spanishUpper = try CLI.run(["catalog", "list", "--lang", "ES"], in: folder)
        #expect(spanishUpper.status == 0 && spanishUpper.stdout == spanish.stdout)
        #expect(spanish.stdout != english.stdout)

        for arguments in [["generate", profile, "--out", "bad"], ["catalog", "list"]] {
            let refused = try CLI.run(arguments + ["--lang", "e s"], in: folder)
            #expect(refused.status == 1, "\(arguments[0])")
            #expect(refused.stderr.contains("error: --lang: 'e s' is not a language code"), "\(arguments[0])")
        }
    }
}

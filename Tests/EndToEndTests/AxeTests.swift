import Foundation
import Testing

/// axe-core's WCAG 2.1 A and AA rules, run in headless Chromium by scripts/axe-check, on every
/// kind of HTML the tool writes: HTML reports and email reports in English and Spanish, a
/// right-to-left report, reports made from a form's answers (with a prorated area and a quality
/// flag), the questionnaire itself, and the class summary; on a desktop in light mode and on a 320 px phone
/// in dark mode, where the page must also fit (reflow). Two pages that must fail show that the
/// check can.
@Suite("axe-core finds no WCAG 2.1 A/AA violation in the HTML the tool writes")
struct AxeTests {
    static let python = CLI.repository.appendingPathComponent(".venv-test/bin/python").path
    static let script = CLI.repository.appendingPathComponent("scripts/axe-check").path
    static var installed: Bool {
        FileManager.default.isExecutableFile(atPath: python)
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
    }

    /// A page with a picture without alt text, grey text too pale to read, and a line that
    /// doesn't wrap, so the page is wider than a phone.
    static let brokenPage = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Broken</title></head>
        <body><h1>Broken</h1><img src="x.png" width="10" height="10"><p style="color:#b0b0b0">Pale text</p>
        <p style="white-space:nowrap">\(String(repeating: "A line that never wraps. ", count: 20))</p></body></html>
        """

    func sample(_ name: String) -> String { CLI.repository.appendingPathComponent("samples/profiles/\(name)").path }

    @Test(
        "reports (en, es, right to left, from answers), email reports (en, es), the questionnaire and the class summary: none, light or dark, wide or narrow; broken pages: the right ones",
        .enabled(if: installed, "needs chromium, chromium-driver and .venv-test: run make test-deps"))
    func axe() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.copyTemplates(to: "tpl")
        let english = try String(
            contentsOf: CLI.repository.appendingPathComponent("templates/student-report.xml"), encoding: .utf8)
        let arabic = english.replacingOccurrences(of: "<language>en</language>", with: "<language>ar</language>")
            .replacingOccurrences(of: "src=\"images/", with: "src=\"../images/")
        try sandbox.write("tpl/ar/student-report.xml", Data(arabic.utf8))
        try sandbox.write("broken.html", Data(Self.brokenPage.utf8))
        let profiles = ["jose-creative.yaml", "zoe-mix.json", "sam-technical.yaml"].map(sample)
        let email = ["--from", "Ana Rivera <rivera@school.org>", "--to", "family@example.org"]
        let runs: [[String]] = [
            ["generate"] + profiles + ["--format", "html,eml", "--out", "en"] + email,
            ["generate", sample("zoe-mix.json"), "--lang", "es", "--format", "html,eml", "--out", "es"] + email,
            [
                "generate", sample("jose-creative.yaml"), "--templates", "tpl", "--lang", "ar", "--format", "html",
                "--out", "ar",
            ],
            [
                "batch", CLI.repository.appendingPathComponent("samples/roster.csv").path, "--format", "html", "--out",
                "class", "--quiet",
            ],
            [
                "batch", CLI.repository.appendingPathComponent("Tests/Fixtures/answers/class-google-forms.csv").path,
                "--format", "html", "--out", "answers", "--quiet",
            ],
            ["questionnaire", "--form", "mini", "--format", "html", "--out", "questionnaire"],
        ]
        for arguments in runs {
            let run = try CLI.run(arguments, in: sandbox.work)
            #expect(run.status == 0 || arguments[0] == "batch" && run.status == 2, "\(arguments): \(run.stderr)")
        }
        // The same templates with a theme whose notes and links are too pale.
        try sandbox.write("tpl/theme.json", ThemeContrastTests.paleTheme)
        let pale = try CLI.run(
            ["generate", sample("zoe-mix.json"), "--templates", "tpl", "--format", "html", "--out", "pale"],
            in: sandbox.work)
        #expect(pale.status == 0, "\(pale.stderr)")

        let clean = [
            "en/s-0001.html", "en/s-0002.html", "en/s-0003.html", "en/s-0001.eml", "es/s-0002.html", "es/s-0002.eml",
            "ar/s-0001.html", "class/class-summary.html", "answers/s-0005.html", "answers/s-0008.html",
            "questionnaire/questionnaire-mini.html",
        ]
        let broken = ["broken.html": ["image-alt", "color-contrast"], "pale/s-0002.html": ["color-contrast"]]
        let files = clean + broken.keys.sorted()
        let check = try CLI.tool(
            Self.python, [Self.script, "--json"] + files.map { sandbox.work.appendingPathComponent($0).path })
        #expect(check.status == 1, "the broken pages fail, so axe-check exits 1: \(check.stderr)")

        var found: [String: [String: Set<String>]] = [:]  // file -> scheme -> rule ids
        for line in check.stdout.split(separator: "\n") {
            let result = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let file = try #require(result["file"] as? String)
            let scheme = try #require(result["scheme"] as? String)
            let violations = try #require(result["violations"] as? [[String: Any]])
            found[file, default: [:]][scheme] = Set(violations.compactMap { $0["id"] as? String })
        }
        for name in clean {
            let path = sandbox.work.appendingPathComponent(name).path
            #expect(found[path] == ["light": [], "dark": []], "\(name): \(check.stdout)")
        }
        for (name, rules) in broken {
            let path = sandbox.work.appendingPathComponent(name).path
            #expect(found[path]?["light"] == Set(rules), "\(name): \(check.stdout)")
        }
        #expect(found[sandbox.work.appendingPathComponent("broken.html").path]?["dark"]?.contains("reflow") == true)
        let html = try String(contentsOf: sandbox.work.appendingPathComponent("ar/s-0001.html"), encoding: .utf8)
        #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
    }
}

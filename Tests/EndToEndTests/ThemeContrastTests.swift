import EmailChecks
import Foundation
import Testing

/// A school's own theme.json with colours too pale for text: every command that loads it warns,
/// naming the file, the colour keys and the ratio, and still does its work.
@Suite("A theme with too little contrast is warned about")
struct ThemeContrastTests {
    /// A theme fixture: pale notes and pale links (theme fields are optional, the rest stays standard).
    static let paleTheme = utf8(##"{"colors": {"muted": "#9aa5b1", "accent": "#6fa8dc"}}"##)

    /// A sandbox with the shipped templates in `tpl/`, the pale theme in `tpl/theme.json` and a profile.
    func sandbox() throws -> Sandbox {
        let sandbox = try Sandbox()
        try sandbox.copyTemplates(to: "tpl")
        try sandbox.write("tpl/theme.json", Self.paleTheme)
        try sandbox.write("p.yaml", goodProfile)
        return sandbox
    }

    func expectWarnings(_ stderr: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for text in [
            "tpl/theme.json: warning: colors.muted: #9aa5b1", "2.50:1 on colors.background #ffffff",
            "tpl/theme.json: warning: colors.accent: #6fa8dc (links)", "2.52:1 on colors.background #ffffff",
            "colors.accent: #6fa8dc (the band behind the report title, set in white)", "2.52:1 on white",
        ] {
            #expect(stderr.contains(text), "no '\(text)' in: \(stderr)", sourceLocation: sourceLocation)
        }
        #expect(stderr.components(separatedBy: "warning: colors.muted").count == 2, "warned once")
    }

    @Test("template check warns about the theme, says so in its summary, and exits 0")
    func templateCheck() throws {
        let sandbox = try sandbox()
        defer { sandbox.remove() }
        let run = try CLI.run(["template", "check", "tpl/student-report.xml", "--templates", "tpl"], in: sandbox.work)
        #expect(run.status == 0, "\(run.stderr)")
        expectWarnings(run.stderr)
        #expect(run.stdout == "1 template checked: no problems found; theme.json has 3 warnings\n")
    }

    @Test("a theme that can't be used is an error of template check too, as it would be of generate")
    func brokenTheme() throws {
        let sandbox = try sandbox()
        defer { sandbox.remove() }
        try sandbox.write("tpl/theme.json", utf8(#"{"sizes": {"body": -5}}"#))
        let run = try CLI.run(["template", "check", "tpl/student-report.xml", "--templates", "tpl"], in: sandbox.work)
        #expect(run.status == 1)
        #expect(run.stderr.contains("tpl/theme.json: error: sizes.body: -5.0 is outside"), "\(run.stderr)")
        #expect(run.stdout == "1 template checked: no problems found; theme.json has an error\n")
    }

    @Test("the shipped theme gives template check nothing to say")
    func shippedTheme() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = CLI.repository.appendingPathComponent("templates").path
        let run = try CLI.run(
            ["template", "check", "\(templates)/class-summary.xml", "--templates", templates], in: folder)
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.stdout == "1 template checked: no problems found\n")
    }

    @Test("generate warns once, writes the report, and the report's HTML fails the contrast lint")
    func generate() throws {
        let sandbox = try sandbox()
        defer { sandbox.remove() }
        let run = try CLI.run(
            ["generate", "p.yaml", "--templates", "tpl", "--format", "html", "--out", "out"], in: sandbox.work)
        #expect(run.status == 0, "\(run.stderr)")
        expectWarnings(run.stderr)
        let html = try String(contentsOf: sandbox.work.appendingPathComponent("out/s-1.html"), encoding: .utf8)
        let problems = EmailLint.problems(in: html)
        #expect(problems.contains { $0.hasPrefix("text #9aa5b1 on #ffffff in <p>: contrast 2.5:1") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("text #ffffff on #6fa8dc in <h1>: contrast 2.52:1") }, "\(problems)")
    }

    @Test("batch warns once for the whole run")
    func batch() throws {
        let sandbox = try sandbox()
        defer { sandbox.remove() }
        try sandbox.write(
            "roster.csv", utf8("id,given_name,holland_code\ns-1,Ada,AES\ns-2,Ben,IRC\n"))
        let run = try CLI.run(
            ["batch", "roster.csv", "--templates", "tpl", "--format", "html", "--out", "out", "--quiet"],
            in: sandbox.work)
        #expect(run.status == 0, "\(run.stderr)")
        expectWarnings(run.stderr)
    }
}

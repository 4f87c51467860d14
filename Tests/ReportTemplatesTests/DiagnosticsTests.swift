import Diagnostics
import Foundation
import ReportDocument
import ReportTemplates
import Testing

@Suite("Problems are reported together, each with its place")
struct DiagnosticsTests {
    @Test func schemaViolationsAreAllReportedWithLinesAndPaths() throws {
        let url = TestFiles.fixture("several-errors.xml")
        let error = try #require(throws: TemplateError.self) {
            try ReportTemplate.load(contentsOf: url, schema: sharedSchema)
        }
        let found = error.diagnostics.map { ($0.line, $0.message) }
        let expected: [(Int, String)] = [
            (7, "<heading> is missing the attribute level (1, 2 or 3) (in report/body/heading)"),
            (8, "role=\"big\" on <p> is not allowed; use one of: lead, body, note (in report/body/p[1])"),
            (
                9,
                "height=\"tall\" on <spacer> is not allowed; expected a number of points, 0 or more, such as 12 (in report/body/spacer)"
            ),
            (
                11,
                "<p> has no attribute rol; check the spelling (docs/templates.md lists the attributes of every element) (in report/body/section/p)"
            ),
            (12, "<paragraph> is not allowed here (in report/body/section/paragraph)"),
            (15, "<bar> is missing <label> (in report/body/bar-chart/bar)"),
            (
                17,
                "of=\"student..name\" on <value> is not allowed; expected a path: names joined by dots such as student.name.given, or one of . @index @number @first @last (in report/body/p[2]/value)"
            ),
        ]
        for (line, message) in expected {
            #expect(found.contains { $0 == (line, message) }, "missing line \(line): \(message)")
        }
        #expect(error.diagnostics.allSatisfy { $0.severity == .error && $0.column == 0 })
        #expect(error.diagnostics.map(\.line) == error.diagnostics.map(\.line).sorted())
        #expect(error.description.contains("\(url.relativePath):8: error: role=\"big\""), "no column when unknown")
        #expect(
            error.diagnostics.first { $0.line == 8 }?.diagnostic.location == Location(file: url.relativePath, line: 8))
    }

    @Test func semanticProblemsAreAllReportedWithLineAndColumn() throws {
        let error = try #require(throws: TemplateError.self) {
            try ReportTemplate.load(contentsOf: TestFiles.fixture("semantic-errors.xml"), schema: sharedSchema)
        }
        let found = error.diagnostics.map { "\($0.line):\($0.column): \($0.severity): \($0.message)" }
        #expect(
            found == [
                "6:5: warning: heading levels skip a level: level 3 follows level 1; use level 2 here (outlines and screen readers expect no gaps)",
                "7:5: error: the id \"top\" is already used on line 5; every id must be unique",
                "8:13: error: <page-number/> only has a value in the page <header> or <footer>; remove it from here",
                "9:8: error: <link> needs a target: href=\"https://...\", href=\"mailto:...\", href=\"#id\" or href-of=\"path\"",
                "9:35: warning: the link goes to #nowhere, but no section or heading has id=\"nowhere\"",
                "10:5: error: <if> needs exactly one test: exists=\"path\", empty=\"path\", true=\"path\" or equals=\"path\" value=\"...\" (found exists and empty)",
                "11:8: error: @index only has a value inside <each>",
                "12:5: warning: this <table> has no caption; screen readers announce a table by its caption, so add caption=\"...\" saying what the table shows",
                "12:30: error: this <header-row> has 1 cell but the table has 2 <column> elements; give every row one <cell> per column",
            ])
    }

    @Test func warningsAloneDoNotStopATemplate() throws {
        let parsed = try template(body: "<heading level=\"2\">Starts at two</heading>")
        #expect(parsed.warnings.count == 1)
        #expect(parsed.warnings[0].severity == .warning)
        #expect(parsed.warnings[0].message.contains("first heading should be level 1"))
    }

    @Test func wrongRootAndVersionAreExplained() {
        #expect(
            diagnostics(of: "<report version=\"1\"><meta/><body/></report>").map(\.message) == [
                "<report> must be in the template namespace: write <report xmlns=\"urn:careerreport:template:1\" version=\"1\">"
            ])
        let version = diagnostics(
            of: """
                <report xmlns="urn:careerreport:template:1" version="2"><meta><title>x</title></meta><body/></report>
                """)
        #expect(
            version.map(\.message) == [
                "version=\"2\" on <report> is not supported; this engine reads templates with version=\"1\" (in report)"
            ])
    }

    @Test func descriptionIsFileLineColumnSeverityMessage() {
        let diagnostic = TemplateDiagnostic(file: "t.xml", line: 42, column: 7, severity: .error, message: "no value")
        #expect(diagnostic.description == "t.xml:42:7: error: no value")
        #expect(
            TemplateError(diagnostics: [diagnostic, diagnostic]).description
                == "t.xml:42:7: error: no value\nt.xml:42:7: error: no value")
    }
}

import DocumentFixtures
import EmailChecks
import Foundation
import ReportDocument
import Testing

@testable import HTMLRenderer

@Suite("HTML document shell")
struct HTMLDocumentTests {
    let html = HTMLRenderer().render(Fixtures.sampleReport(language: "es"))

    @Test func startsWithDoctypeAndHasTheEmailMetas() {
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"es\" dir=\"ltr\">"))
        for meta in [
            #"<meta charset="utf-8">"#,
            #"<meta name="viewport" content="width=device-width, initial-scale=1">"#,
            #"<meta name="color-scheme" content="light dark">"#,
            #"<meta name="supported-color-schemes" content="light dark">"#,
        ] {
            #expect(html.contains(meta), "missing \(meta)")
        }
        #expect(html.contains("<title>Career report for José Müller</title>"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func hasOneStyleBlockForPhonesAndDarkMode() {
        #expect(html.components(separatedBy: "<style>").count == 2)
        #expect(html.contains("@media only screen and (max-width:620px)"))
        #expect(html.contains("@media (prefers-color-scheme:dark)"))
    }

    @Test func preheaderIsHiddenAtTheTopOfTheBody() throws {
        let body = try #require(html.range(of: "<body"))
        let rest = html[body.upperBound...]
        let firstDiv = try #require(rest.range(of: "<div"))
        #expect(rest[firstDiv.lowerBound...].hasPrefix("<div style=\"display:none;"))
        #expect(rest.contains("mso-hide:all;\">Your strongest interest is Investigative."))
    }

    @Test func columnIsCentredWithMaxWidthAndAnOutlookTable() {
        #expect(html.contains(#"style="max-width:600px;margin:0 auto;""#))
        #expect(
            html.contains(
                #"<!--[if mso]><table role="presentation" border="0" cellpadding="0" cellspacing="0" align="center" width="600">"#
            ))
        var theme = Theme.standard
        theme.spacing.emailWidth = 640
        let wide = HTMLRenderer().render(Fixtures.document([.rule], theme: theme))
        #expect(wide.contains("max-width:640px") && wide.contains(#"width="640""#))
    }

    @Test func passesTheEmailLintAndStaysSmall() {
        #expect(EmailLint.problems(in: html) == [])
        #expect(EmailLint.problems(in: HTMLRenderer().render(Fixtures.hostileReport())) == [])
        #expect(html.utf8.count < 40_000, "sample report is \(html.utf8.count) bytes")
    }

    @Test func lintCatchesWhatItShould() {
        let bad = """
            <html><head><link rel="stylesheet" href="x.css"><style>.a{display:flex}</style></head>
            <body><table><tr><td><img src="data:image/png;base64,AA"></td></tr></table></body></html>
            """
        let problems = EmailLint.problems(in: bad)
        #expect(problems.contains("forbidden <link>"))
        #expect(problems.contains("<html> has no lang"))
        let withLang = EmailLint.problems(in: bad.replacingOccurrences(of: "<html>", with: "<html lang=\"en\">"))
        #expect(withLang.contains("forbidden CSS flex"))
        #expect(withLang.contains { $0.hasPrefix("<img> without alt") })
        #expect(withLang.contains { $0.hasPrefix("src=\"data:") })
        #expect(withLang.contains { $0.hasPrefix("layout table without role=presentation") })
    }

    @Test func leavesOutPrintOnlyParts() {
        #expect(!html.contains("Lincoln High School"))
        #expect(!html.contains("Page "))
    }

    @Test func opensWithTheTitleBand() throws {
        let band = try #require(html.range(of: ##"<tr><td bgcolor="#1769aa""##))
        let heading = try #require(html.range(of: "<h1 id=\"top\""))
        #expect(band.upperBound < heading.lowerBound)
        #expect(html.components(separatedBy: "<h1").count == 2)
        #expect(html.contains("<div id=\"overview\">"))
    }

    @Test func noTitleBandWithoutAnOpeningLevel1Heading() {
        let html = HTMLRenderer().render(
            Fixtures.document([
                .heading(Heading(level: 2, content: [.text("Two")])),
                .heading(Heading(level: 1, content: [.text("Later")])),
            ]))
        #expect(!html.contains(#"<tr><td bgcolor="#))
        #expect(html.contains("<h1 class=\"cr-heading\""))
    }

    @Test func isDeterministic() {
        #expect(HTMLRenderer().render(Fixtures.sampleReport()) == HTMLRenderer().render(Fixtures.sampleReport()))
    }

    @Test func languageTagIsCheckedNotTrusted() {
        #expect(HTMLWriter.languageTag("pt-BR") == "pt-BR")
        #expect(HTMLWriter.languageTag("") == "und")
        #expect(HTMLWriter.languageTag("en\"><script>") == "und")
    }
}

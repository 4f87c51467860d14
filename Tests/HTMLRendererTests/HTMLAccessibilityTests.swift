import DocumentFixtures
import EmailChecks
import Foundation
import ReportDocument
import TestImages
import Testing

@testable import HTMLRenderer

@Suite("Accessible HTML: what the email lint checks, and the renderer gets right")
struct HTMLAccessibilityTests {
    /// A page that passes every check; each case below breaks one thing in it.
    static let clean = """
        <!DOCTYPE html>
        <html lang="en" dir="ltr"><head><title>t</title></head><body style="background-color:#ffffff;">
        <div lang="en" dir="ltr"><table role="presentation" width="100%"><tr><td style="color:#1f2933;">
        <h1>Report</h1><h2>Part</h2><h3>Detail</h3><h2>Next part</h2>
        <img src="a.png" alt="" width="10" height="10">
        <table><caption>Careers</caption><thead><tr><th scope="col">Career</th></tr></thead>
        <tbody><tr><td>Nurse</td></tr></tbody></table>
        <p style="color:#52606d;font-size:11px;">A note</p>
        <p style="color:#767676;font-size:24px;">Large text needs only 3:1</p>
        </td></tr></table></div></body></html>
        """

    @Test("a clean page has no problems")
    func cleanPage() {
        #expect(EmailLint.problems(in: Self.clean) == [])
    }

    @Test(
        "each accessibility problem is named",
        arguments: [
            (#"lang="en" dir="ltr""#, #"lang="en""#, #"<html> has no dir (expected dir="ltr")"#),
            (#"lang="en" dir="ltr""#, #"lang="ar" dir="ltr""#, #"<html lang="ar"> has dir="ltr"; expected dir="rtl""#),
            (
                #"lang="en" dir="ltr""#, #"lang="az-Arab" dir="ltr""#,
                #"<html lang="az-Arab"> has dir="ltr"; expected dir="rtl""#
            ),
            ("<title>t</title>", "<title> </title>", "the page has no <title>"),
            (
                #"<div lang="en" dir="ltr">"#, "<div>",
                #"no <div lang="en" dir=...> in the body; webmail drops <html> and its lang and dir"#
            ),
            ("<h3>Detail</h3>", "<h4>Detail</h4>", "heading levels skip a level: <h4> follows <h2>"),
            ("<h1>Report</h1>", "<h2>Report</h2>", "the first heading is <h2>, not <h1>"),
            (#"alt="" "#, "", #"<img> without alt: <img src="a.png" width="10" height="10">"#),
            ("<caption>Careers</caption>", "", "data table without a caption: <table>"),
            (#"<th scope="col">"#, "<th>", #"<th> without scope="col" or "row" in a data table: <th>"#),
            (
                "<table><caption>", #"<table role="presentation"><caption>"#,
                #"role=presentation on a data table (it has header cells or a caption): <table role="presentation">"#
            ),
            (
                "color:#52606d;font-size:11px;", "color:#8a949e;font-size:11px;",
                "text #8a949e on #ffffff in <p>: contrast 3.08:1, below the 4.5:1 text needs"
            ),
            (
                "color:#767676;font-size:24px;", "color:#959595;font-size:24px;",
                "text #959595 on #ffffff in <p>: contrast 2.99:1, below the 3.0:1 large text needs"
            ),
        ])
    func problemIsNamed(original: String, broken: String, message: String) throws {
        #expect(Self.clean.contains(original))
        let page = Self.clean.replacingOccurrences(of: original, with: broken)
        #expect(EmailLint.problems(in: page) == [message])
    }

    @Test("contrast follows the background an element sits on, from bgcolor or style, nested")
    func contrastFollowsTheBackground() {
        let page = Self.clean.replacingOccurrences(
            of: "<p style=\"color:#52606d;font-size:11px;\">A note</p>",
            with: ##"<table role="presentation"><tr><td bgcolor="#1769aa"><p style="color:#1f2933;">Dark on blue</p>"##
                + ##"<p style="color:#ffffff;">White on blue</p></td></tr></table>"##)
        #expect(
            EmailLint.problems(in: page) == [
                "text #1f2933 on #1769aa in <p>: contrast 2.55:1, below the 4.5:1 text needs"
            ])
    }

    @Test("text colours of a theme that fall below 4.5:1 show up in the rendered report")
    func lowContrastThemeIsCaught() {
        var theme = Theme.standard
        theme.colors.muted = "#a0a8b0"
        theme.colors.accent = "#6fa8dc"
        let html = HTMLRenderer().render(Fixtures.sampleReport().withTheme(theme))
        let problems = EmailLint.problems(in: html)
        #expect(problems.contains { $0.hasPrefix("text #a0a8b0 on #ffffff in <p>") })
        #expect(problems.contains { $0.hasPrefix("text #ffffff on #6fa8dc in <h1>") })
        #expect(problems.contains { $0.hasPrefix("text #6fa8dc on #ffffff in <a>") })
    }

    @Test("a picture that is not decorative but has no alt text gets no alt, and the lint reports it")
    func pictureWithoutAlt() {
        let html = HTMLRenderer().render(
            Fixtures.document([
                .image(ImageBlock(image: TestImages.reportImage(TestImages.badge, name: "logo"), alt: ""))
            ]))
        let image = EmailLint.tags(in: html).first { $0.name == "img" }
        #expect(image != nil && image?.attribute("alt") == nil)
        #expect(EmailLint.problems(in: html).contains { $0.hasPrefix("<img> without alt: <img src=") })
        let decorative = HTMLRenderer().render(
            Fixtures.document([
                .image(
                    ImageBlock(
                        image: TestImages.reportImage(TestImages.badge, name: "logo"), alt: "", isDecorative: true))
            ]))
        #expect(EmailLint.problems(in: decorative) == [])
    }

    @Test(
        "dir follows the document's language",
        arguments: [
            ("ar", "rtl"), ("he", "rtl"), ("fa", "rtl"), ("ur", "rtl"), ("ar-EG", "rtl"), ("az-Arab", "rtl"),
            ("yi", "rtl"), ("en", "ltr"), ("es", "ltr"), ("az-Latn", "ltr"), ("vi", "ltr"), ("zh-Hant", "ltr"),
        ])
    func direction(language: String, expected: String) {
        let html = HTMLRenderer().render(Fixtures.sampleReport(language: language))
        #expect(html.contains("<html lang=\"\(language)\" dir=\"\(expected)\">"))
        #expect(EmailLint.problems(in: html) == [])
    }

    @Test("right to left, lines start on the right: tables, captions, lists, callouts, bars and pictures")
    func rightToLeftSides() {
        let html = HTMLRenderer().render(Fixtures.sampleReport(language: "ar"))
        let ltr = HTMLRenderer().render(Fixtures.sampleReport(language: "en"))
        #expect(html.contains(#"<th scope="col" align="right""#) && ltr.contains(#"<th scope="col" align="left""#))
        #expect(
            html.contains("caption-side:top;text-align:right;") && ltr.contains("caption-side:top;text-align:left;"))
        #expect(html.contains(";border-right:4px solid ") && ltr.contains(";border-left:4px solid "))
        #expect(html.contains("padding:0 21px 0 0;") && ltr.contains("padding:0 0 0 21px;"))
        #expect(html.contains(#"<td width="12%" align="left""#) && ltr.contains(#"<td width="12%" align="right""#))
    }
}

@Suite("Reflow: a 320 px screen scrolls only a wide table, never the page")
struct HTMLReflowTests {
    @Test("a data table sits in a box that scrolls sideways, takes the keyboard focus and is named by its caption")
    func tableBox() {
        let html = HTMLRenderer().render(Fixtures.sampleReport())
        let box =
            #"<div role="region" aria-label="Careers ranked by how well they fit your interests and skills" tabindex="0" style="overflow-x:auto;margin:0 0 11px 0;">"#
        #expect(html.contains(box + "\n<table border=\"0\""))
        #expect(html.components(separatedBy: "overflow-x:auto").count == html.components(separatedBy: "<caption").count)
        let bare = HTMLRenderer().render(
            Fixtures.document([.table(Table(columns: [TableColumn()], header: [[.text("A")]], rows: [[[.text("1")]]]))])
        )
        #expect(bare.contains(#"<div tabindex="0" style="overflow-x:auto;margin:0 0 0px 0;">"#))
    }

    @Test("the content column has a fixed table layout, so no table inside can widen it")
    func fixedCard() {
        let html = HTMLRenderer().render(Fixtures.sampleReport())
        #expect(html.contains(#"class="cr-card" style="width:100%;table-layout:fixed;"#))
    }
}

extension ReportDocument {
    /// The same document with another theme.
    fileprivate func withTheme(_ theme: Theme) -> ReportDocument {
        var copy = self
        copy.theme = theme
        return copy
    }
}

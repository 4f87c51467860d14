import DocumentFixtures
import EmailChecks
import Foundation
import ReportDocument
import Testing

@testable import HTMLRenderer

@Suite("HTML blocks")
struct HTMLBlockTests {
    private func render(_ blocks: [Block]) -> String {
        HTMLRenderer().render(Fixtures.document(blocks))
    }

    @Test func barWidthsAreProportionalToValues() {
        let chart = BarChart(
            title: "Scores", maximum: 40,
            bars: [
                Bar(label: "A", value: 10, valueText: "10"), Bar(label: "B", value: 20, valueText: "20"),
                Bar(label: "C", value: 30, valueText: "30", highlighted: true),
                Bar(label: "D", value: 40, valueText: "40"),
                Bar(label: "E", value: 0, valueText: "0"), Bar(label: "F", value: 55, valueText: "55"),
            ])
        let html = render([.barChart(chart)])
        let filled = html.components(separatedBy: "<td width=\"").dropFirst().compactMap { cell -> (Int, String)? in
            guard let percent = Int(cell.prefix { $0.isNumber }),
                let color = cell.range(of: "bgcolor=\"").map({ String(cell[$0.upperBound...].prefix(7)) })
            else { return nil }
            return (percent, color)
        }.filter { $0.1 == "#7fa7cc" || $0.1 == "#1769aa" }
        #expect(filled.map(\.0) == [25, 50, 75, 100, 100])
        #expect(filled.map(\.1) == ["#7fa7cc", "#7fa7cc", "#1769aa", "#7fa7cc", "#7fa7cc"])
        #expect(html.contains(">Scores</p>"))
        #expect(
            html.contains(#"<td width="100%" height="14" style="width:100%;height:14px;font-size:0;"#),
            "zero bar is all track")
        #expect(HTMLWriter.barPercent(.nan, of: 10) == 0)
    }

    @Test func dataTableIsARealTable() {
        let table = Table(
            columns: [
                TableColumn(width: 2), TableColumn(width: 1, alignment: .trailing),
                TableColumn(width: 1, alignment: .center),
            ],
            header: [[.text("Career")], [.text("Pay")], [.text("Fit")]],
            rows: [[[.text("Nurse")], [.text("$86,070")], [.text("Good")]], [[.text("Short row")]]],
            caption: "Careers & pay")
        let html = render([.table(table)])
        #expect(html.contains(">Careers &amp; pay</caption>"))
        #expect(html.components(separatedBy: "<th scope=\"col\"").count == 4)
        #expect(html.contains(##"<th scope="col" align="left" width="50%" bgcolor="#eef2f7""##))
        #expect(html.contains(#"<th scope="col" align="right" width="25%""#))
        #expect(html.contains(#"<td align="right" valign="top""#) && html.contains("text-align:center;"))
        #expect(html.components(separatedBy: "valign=\"top\"").count == 7, "short rows are filled with empty cells")
        #expect(!html.contains("<table border=\"0\" cellpadding=\"0\" cellspacing=\"0\" width=\"100%\" role"))
    }

    @Test func columnPercentagesAddUpToAHundred() {
        #expect(HTMLWriter.percentages([1, 1, 1]) == [34, 33, 33])
        #expect(HTMLWriter.percentages([3, 1.2, 2.5, 1.3]).reduce(0, +) == 100)
        #expect(HTMLWriter.percentages([0, .nan]) == [50, 50])
    }

    @Test func headingsParagraphRolesAndSections() {
        let html = render([
            .section(
                Section(
                    id: "part",
                    blocks: [
                        .heading(Heading(level: 2, content: [.text("Two")], id: "two")),
                        .heading(Heading(level: 3, content: [.text("Three")])),
                        .paragraph(Paragraph(role: .lead, content: [.text("Lead")])),
                        .paragraph(Paragraph(role: .note, content: [.text("Note")])),
                        .paragraph(Paragraph(content: [.text("Body")])),
                    ]))
        ])
        #expect(html.contains(#"<div id="part">"#))
        #expect(html.contains(#"<h2 id="two" class="cr-heading""#) && html.contains("<h3 class=\"cr-heading\""))
        #expect(html.contains("font-size:17px;line-height:23px;color:#1f2933;\">Lead</p>"))
        #expect(
            html.contains("class=\"cr-muted\"")
                && html.contains("font-size:11px;line-height:15px;color:#52606d;\">Note</p>"))
        #expect(html.contains("font-size:14px;line-height:19px;color:#1f2933;\">Body</p>"), "body text is 14 px")
    }

    @Test func listsCalloutsRulesAndSpacers() {
        let item = { (text: String) in [Block.paragraph(Paragraph(content: [.text(text)]))] }
        let html = render([
            .list(ListBlock(style: .numbered, items: [item("one"), item("two")])),
            .list(ListBlock(items: [item("dot")])),
            .callout(Callout(tone: .warning, blocks: item("Careful"))),
            .rule, .spacer(12), .pageBreak,
        ])
        #expect(html.contains("<ol ") && html.contains("<ul ") && html.components(separatedBy: "<li").count == 4)
        #expect(html.contains(##"<td bgcolor="#fdf3e1" class="cr-callout""##))
        // The edge is the theme palette's, the same colour the PDF draws (ThemePalette.calloutEdge).
        #expect(html.contains("border-left:4px solid #f1ab2d"))
        #expect(html.contains("border-top:1px solid #cbd2d9;"))
        #expect(html.contains("height:16px;line-height:16px;"))
        #expect(EmailLint.problems(in: html) == [])
    }

    @Test func inlineStylingAndPageCounters() {
        let html = render([
            .paragraph(
                Paragraph(content: [
                    .strong([.text("bold")]), .emphasis([.text("it")]), .text(" p"), .pageNumber, .pageCount,
                ]))
        ])
        #expect(html.contains("<strong>bold</strong><em>it</em> p</p>"))
    }
}

import DocumentFixtures
import Foundation
import ReportDocument
import Testing

@testable import TextRenderer

@Suite("Plain text")
struct PlainTextRendererTests {
    let text = PlainTextRenderer().render(Fixtures.sampleReport())
    private var lines: [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    private func render(_ blocks: [Block], width: Int = 72) -> [String] {
        let output = PlainTextRenderer(width: width).render(Fixtures.document(blocks))
        return output.dropLast().components(separatedBy: "\n")
    }

    @Test func noLineIsWiderThan72Characters() {
        #expect(lines.allSatisfy { $0.count <= 72 }, "\(lines.filter { $0.count > 72 })")
        #expect(!lines.contains { $0.hasSuffix(" ") })
    }

    @Test func endsWithExactlyOneNewline() {
        #expect(text.hasSuffix("local pay varies. Back to top\n"))
        #expect(!text.hasSuffix("\n\n"))
    }

    @Test func headingsAreUnderlined() {
        #expect(text.hasPrefix("Career report for José Müller\n=============================\n"))
        #expect(text.contains("Your interests\n--------------\n"))
        #expect(text.contains("### Next steps\n"))
    }

    @Test func paragraphsWrapBetweenWordsWithoutLosingAny() {
        let words = (1...60).map { "word\($0)" }
        let lines = render([.paragraph(Paragraph(content: [.text(words.joined(separator: " "))]))], width: 30)
        #expect(lines.allSatisfy { $0.count <= 30 })
        #expect(lines.flatMap { $0.split(separator: " ").map(String.init) } == words)
        #expect(lines.count > 1 && lines.dropLast().allSatisfy { $0.count > 30 - 8 }, "lines are filled")
    }

    @Test func overLongWordsStandAloneAndGraphemesStayWhole() {
        let long = String(repeating: "x", count: 30)
        #expect(render([.paragraph(Paragraph(content: [.text("a \(long) b")]))], width: 20) == ["a", long, "b"])
        let accented = Array(repeating: "e\u{301}e\u{301}e\u{301} 👩‍👩‍👧 🇪🇸", count: 10).joined(separator: " ")
        let lines = render([.paragraph(Paragraph(content: [.text(accented)]))], width: 20)
        #expect(lines.allSatisfy { $0.count <= 20 })
        #expect(lines.allSatisfy { $0.unicodeScalars.first?.properties.generalCategory != .nonspacingMark })
        #expect(lines.joined(separator: " ") == accented)
        let noBreak = "Page\u{00A0}12 of the report\u{202F}%"
        #expect(
            render([.paragraph(Paragraph(content: [.text("aaaaaaaaaaaaaaaa " + noBreak)]))], width: 20)
                == ["aaaaaaaaaaaaaaaa", "Page\u{00A0}12 of the", "report\u{202F}%"])
    }

    @Test func listsHaveMarkersAndHangingIndents() {
        let items = (1...10).map {
            [Block.paragraph(Paragraph(content: [.text("item \($0) has several words to wrap")]))]
        }
        let numbered = render([.list(ListBlock(style: .numbered, items: items))], width: 24)
        #expect(numbered.first == " 1. item 1 has several")
        #expect(numbered[1] == "    words to wrap")
        #expect(numbered.contains("10. item 10 has several"))
        let bullets = render([.list(ListBlock(items: Array(items.prefix(1))))], width: 24)
        #expect(bullets == ["- item 1 has several", "  words to wrap"])
    }

    @Test func tablesAlignTheirColumns() throws {
        let header = try #require(lines.firstIndex { $0.hasPrefix("Career  ") })
        let table = Array(lines[header...].prefix { !$0.isEmpty })
        let rule = table[1]
        #expect(rule.allSatisfy { $0 == "-" || $0 == " " })
        for row in table where row.contains("$") {
            #expect(row.count == rule.count, "right-aligned last column ends with the rule: \(row)")
        }
        let education = try #require(table[0].range(of: "Education"))
        let offset = table[0].distance(from: table[0].startIndex, to: education.lowerBound)
        #expect(table[2].dropFirst(offset).hasPrefix("Bachelor's degree"))
        #expect(table.contains { $0.dropFirst(offset).hasPrefix("degree") }, "a wrapped cell stays in its column")
        #expect(
            table.contains("Registered Nurse            Good   Associate's or bachelor's     $86,070"), "Fit is centred"
        )
        #expect(text.contains("Careers ranked by how well they fit your interests and skills\nCareer  "))
    }

    @Test func narrowTablesWrapInsideCells() {
        let table = Table(
            columns: [TableColumn(), TableColumn(alignment: .trailing)],
            header: [[.text("Name")], [.text("Value")]],
            rows: [[[.text("a long cell that must wrap inside its column")], [.text("12")]]])
        let lines = render([.table(table)], width: 24)
        #expect(lines.allSatisfy { $0.count <= 24 })
        #expect(lines.count > 3)
    }

    @Test func barChartsAreTextBars() {
        #expect(text.contains("Interest scores (RIASEC)\nRealistic      ████████░░░░░░░░░░░░  12\n"))
        #expect(text.contains("Investigative  █████████████████░░░  26 ◀\n"))
        #expect(text.contains("Enterprising   ██████░░░░░░░░░░░░░░   9\n"))
    }

    @Test func calloutsLinksAndRules() {
        #expect(text.contains("| Tip: Interests change. Take the survey again next year and compare\n| your results."))
        #expect(text.contains("Read more on O*NET OnLine\n<https://www.onetonline.org/find/descriptor/browse/1.C>."))
        #expect(text.contains("Write to your counselor <counselor@lincoln.example>."))
        #expect(text.contains("\n" + String(repeating: "-", count: 72) + "\n"))
        #expect(!text.contains("Lincoln High School"), "footer is print-only")
    }

    @Test func hostileTextIsCleanedAndUnsafeLinksDropped() {
        let hostile = PlainTextRenderer().render(Fixtures.hostileReport())
        #expect(!hostile.unicodeScalars.contains { $0.isBidiControl })
        #expect(hostile.contains("js link"))
        #expect(!hostile.contains("javascript:") && !hostile.contains("data:"))
    }

    @Test func isDeterministic() {
        #expect(PlainTextRenderer().render(Fixtures.sampleReport()) == text)
    }
}

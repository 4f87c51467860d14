import Testing

@testable import PDFRenderer

/// Every grapheme is 1 point wide, so widths count graphemes.
private var breaker: LineBreaker<Int> { LineBreaker { text, _ in Double(text.count) } }

private func lines(_ text: String, width: Double) -> [String] {
    breaker.lines([StyledText(text: text, style: 0)], width: width).map(\.text)
}

@Suite("Line breaking")
struct LineBreakerTests {
    @Test func breaksAtSpacesAndDropsThemAtLineEnds() {
        #expect(lines("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(lines("  leading and trailing  ", width: 11) == ["leading and", "trailing"])
    }

    @Test func keepsShortTextOnOneLine() {
        #expect(lines("career report", width: 100) == ["career report"])
        #expect(lines("", width: 10).isEmpty)
    }

    @Test func breaksAfterHyphensAndSlashes() {
        #expect(lines("well-known", width: 6) == ["well-", "known"])
        #expect(lines("and/or", width: 4) == ["and/", "or"])
    }

    @Test func doesNotBreakAfterALeadingHyphen() {
        #expect(lines("a -5 b", width: 4) == ["a -5", "b"])
    }

    @Test func breaksBetweenCJKIdeographsButNotBeforeClosingPunctuation() {
        #expect(lines("数据分析师", width: 2) == ["数据", "分析", "师"])
        #expect(lines("数据。分析", width: 3) == ["数据。", "分析"])
    }

    @Test func breaksAnOverlongWordByGrapheme() {
        #expect(lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(lines("to supercalifragilistic", width: 8) == ["to", "supercal", "ifragili", "stic"])
    }

    @Test func neverSplitsGraphemeClusters() {
        let decomposed = "e\u{301}e\u{301}e\u{301}"  // é as e + combining acute, three times
        let result = lines(decomposed, width: 2)
        #expect(result == ["e\u{301}e\u{301}", "e\u{301}"])
        let flags = "🇩🇪🇫🇷🇯🇵"
        #expect(lines(flags, width: 1) == ["🇩🇪", "🇫🇷", "🇯🇵"])
        let family = "👨‍👩‍👧 ok"
        #expect(lines(family, width: 2) == ["👨‍👩‍👧", "ok"])
    }

    @Test func honoursForcedBreaks() {
        #expect(lines("one\ntwo three", width: 20) == ["one", "two three"])
    }

    @Test func keepsStylesApartAndPlacesPieces() {
        let runs = [
            StyledText(text: "plain ", style: 0), StyledText(text: "bold", style: 1),
            StyledText(text: ", more", style: 0),
        ]
        let result = breaker.lines(runs, width: 12)
        #expect(result.map(\.text) == ["plain bold,", "more"])
        let first = result[0].pieces
        #expect(first.map(\.style) == [0, 1, 0])
        #expect(first.map(\.x) == [0, 6, 10])
        #expect(result[0].width == 11)
    }
}

import Testing

@testable import PDFRenderer

@Suite("Pagination")
struct PaginatorTests {
    private func line(_ name: String, height: Double = 10, gap: Double = 0, keep: Bool = false) -> FlowItem {
        var fragment = Fragment(height: height, commands: [.link(target: name, x: 0, y: 0, width: 1, height: 1)])
        fragment.spaceBefore = gap
        fragment.keepWithNext = keep
        return .fragment(fragment)
    }

    private func names(_ content: PaginatedContent) -> [[String]] {
        content.pages.map { page in
            page.commands.compactMap { if case .link(let target, _, _, _, _) = $0 { target } else { nil } }
        }
    }

    @Test func movesOverflowToANewPageAndDropsSpaceAtTheTop() {
        let content = Paginator(contentHeight: 25).paginate([line("a"), line("b", gap: 5), line("c", gap: 5)])
        #expect(names(content) == [["a", "b"], ["c"]])
        #expect(content.pages[1].commands.first == .link(target: "c", x: 0, y: 0, width: 1, height: 1))
    }

    @Test func keepsAHeadingWithTheNextLine() {
        let content = Paginator(contentHeight: 30).paginate([
            line("a"), line("b"), line("heading", keep: true), line("c"),
        ])
        #expect(names(content) == [["a", "b"], ["heading", "c"]])
    }

    @Test func movesAKeptTogetherGroupThatFitsOnAFreshPage() {
        let group: [FlowItem] = [line("x"), line("y")]
        let content = Paginator(contentHeight: 30).paginate([line("a"), line("b")] + group.keptTogether())
        #expect(names(content) == [["a", "b"], ["x", "y"]])
    }

    @Test func repeatsTheHeaderOfAContinuedTable() {
        var row = Fragment(height: 10, commands: [.link(target: "row", x: 0, y: 0, width: 1, height: 1)])
        row.continuationHeader = [
            Fragment(height: 10, commands: [.link(target: "header", x: 0, y: 0, width: 1, height: 1)])
        ]
        row.continuationHeader[0].commands.insert(.tag(.element(1)), at: 0)
        let content = Paginator(contentHeight: 20).paginate([line("a"), line("b"), .fragment(row)])
        #expect(names(content) == [["a", "b"], ["row"]], "the repeated header's links are not repeated")
        #expect(content.pages[1].commands.first == .tag(.artifact), "the repeated header is an artifact")
        #expect(content.pages[1].commands.count == 2)
    }

    @Test func honoursPageBreaksButNotOnAnEmptyPage() {
        let content = Paginator(contentHeight: 100).paginate([.pageBreak, line("a"), .pageBreak, .pageBreak, line("b")])
        #expect(names(content) == [["a"], ["b"]])
    }

    @Test("A keep-with-next chain taller than a page flows on and breaks where the page ends")
    func letsAChainTallerThanAPageFlow() {
        let chain = (1...5).map { line("r\($0)", keep: $0 < 5) }
        let content = Paginator(contentHeight: 30).paginate([line("a")] + chain)
        #expect(names(content) == [["a", "r1", "r2"], ["r3", "r4", "r5"]])
    }
}

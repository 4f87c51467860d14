/// The content of one page after pagination: commands in page coordinates (points from the
/// top-left corner of the content area, y downward).
struct PageContent {
    /// What to draw.
    var commands: [DrawCommand] = []
}

/// Where an anchor or bookmark landed.
struct Placement: Equatable {
    /// The page, 0-based.
    var page: Int
    /// Distance from the top of the content area.
    var y: Double
}

/// The result of pagination.
struct PaginatedContent {
    /// The pages, at least one.
    var pages: [PageContent]
    /// Where each id starts.
    var anchors: [String: Placement]
    /// Outline entries in reading order.
    var bookmarks: [(bookmark: Bookmark, placement: Placement)]
}

/// Stacks fragments onto pages of a fixed content height.
///
/// Space above a fragment is left out at the top of a page; a fragment that keeps with the
/// next moves with it, unless the whole chain is taller than a page (then the chain flows on
/// and breaks where the page ends); a table row that starts a page gets its header row again;
/// a single fragment taller than a page gets a page of its own.
struct Paginator {
    /// The height of the content area of a page.
    var contentHeight: Double

    func paginate(_ items: [FlowItem]) -> PaginatedContent {
        var state = State()
        for index in items.indices {
            switch items[index] {
            case .pageBreak:
                if state.y > 0 { state.newPage() }
            case .keepTogether(let height):
                if state.y > 0, state.y + height > contentHeight, height <= contentHeight {
                    state.newPage()
                }
            case .fragment(let fragment):
                let gap = state.y > 0 ? fragment.spaceBefore : 0
                var needed = gap + fragment.height
                if fragment.keepWithNext, !state.inTallChain {
                    let chain = chainHeight(items, after: index)
                    if fragment.height + chain <= contentHeight {
                        needed += chain
                    } else {
                        state.inTallChain = true
                    }
                }
                if !fragment.keepWithNext { state.inTallChain = false }
                if state.y > 0, state.y + needed > contentHeight {
                    state.newPage()
                    for header in fragment.continuationHeader { state.place(header.asArtifact(), gap: 0) }
                    state.place(fragment, gap: 0)
                } else {
                    state.place(fragment, gap: gap)
                }
            }
        }
        return PaginatedContent(pages: state.pages, anchors: state.anchors, bookmarks: state.bookmarks)
    }

    /// The height of the fragments that must move with a keep-with-next fragment: the
    /// following ones up to and including the first that does not keep with its next.
    private func chainHeight(_ items: [FlowItem], after index: Int) -> Double {
        var height = 0.0
        for item in items[(index + 1)...] {
            switch item {
            case .pageBreak: return height
            case .keepTogether: continue
            case .fragment(let next):
                height += next.spaceBefore + next.height
                if !next.keepWithNext { return height }
            }
        }
        return height
    }

    private struct State {
        var pages = [PageContent()]
        var y = 0.0
        /// True inside a keep-with-next chain taller than a page, which flows freely.
        var inTallChain = false
        var anchors: [String: Placement] = [:]
        var bookmarks: [(bookmark: Bookmark, placement: Placement)] = []

        mutating func newPage() {
            pages.append(PageContent())
            y = 0
        }

        mutating func place(_ fragment: Fragment, gap: Double) {
            let top = y + gap
            let placement = Placement(page: pages.count - 1, y: top)
            for anchor in fragment.anchors where anchors[anchor] == nil { anchors[anchor] = placement }
            if let bookmark = fragment.bookmark { bookmarks.append((bookmark, placement)) }
            pages[pages.count - 1].commands += fragment.commands.map { $0.shifted(by: top) }
            y = top + fragment.height
        }
    }
}

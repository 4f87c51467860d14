/// An unbreakable horizontal slice of content: a line of text, a table row, a chart bar.
///
/// Layout turns blocks into fragments; pagination stacks them on pages.
struct Fragment {
    /// Height in points.
    var height: Double
    /// What to draw; y is measured from the fragment's top.
    var commands: [DrawCommand] = []
    /// Space above the fragment, left out at the top of a page.
    var spaceBefore: Double = 0
    /// Moves to the next page together with the fragment after it.
    var keepWithNext = false
    /// Drawn above the fragment when it starts a new page (a table's header row).
    var continuationHeader: [Fragment] = []
    /// Ids of sections and headings starting here, for internal links.
    var anchors: [String] = []
    /// A bookmark starting here.
    var bookmark: Bookmark?
    /// The baseline of the fragment's first text line, for list markers.
    var firstBaseline: Double?

    /// The fragment moved down by `dy` inside a taller fragment of `dy` more height.
    func padded(top dy: Double) -> Fragment {
        var copy = self
        copy.commands = commands.map { $0.shifted(by: dy) }
        copy.height += dy
        copy.firstBaseline = firstBaseline.map { $0 + dy }
        return copy
    }

    /// The fragment drawn again as decoration (a table's header row repeated on a new page):
    /// its content is already tagged where it first appeared, and its links are not repeated.
    func asArtifact() -> Fragment {
        var copy = self
        copy.commands = commands.compactMap { command in
            switch command {
            case .tag: .tag(.artifact)
            case .link: nil
            default: command
            }
        }
        return copy
    }
}

/// An entry of the PDF outline.
struct Bookmark: Equatable {
    /// The entry's text.
    var title: String
    /// 1 for a top-level entry, 2 or more for an entry nested under the last level-1 entry.
    var level: Int
}

/// What pagination reads: fragments and instructions between them.
enum FlowItem {
    /// Content.
    case fragment(Fragment)
    /// Start a new page unless the current one is empty.
    case pageBreak
    /// The next content of `height` points should start on a new page if it does not fit
    /// on this one but fits on an empty page.
    case keepTogether(height: Double)
}

extension Array where Element == FlowItem {
    /// The height these items take when stacked, leaving out the first item's space above.
    var stackedHeight: Double {
        var height = 0.0
        var first = true
        for case .fragment(let fragment) in self {
            height += (first ? 0 : fragment.spaceBefore) + fragment.height
            first = false
        }
        return height
    }

    /// These items preceded by a ``FlowItem/keepTogether(height:)`` for their whole height.
    func keptTogether() -> [FlowItem] {
        [.keepTogether(height: stackedHeight)] + self
    }

    /// Applies `change` to the last fragment.
    mutating func modifyLastFragment(_ change: (inout Fragment) -> Void) {
        guard let index = lastIndex(where: { if case .fragment = $0 { true } else { false } }),
            case .fragment(var fragment) = self[index]
        else { return }
        change(&fragment)
        self[index] = .fragment(fragment)
    }

    /// Applies `change` to the first fragment.
    mutating func modifyFirstFragment(_ change: (inout Fragment) -> Void) {
        guard let index = firstIndex(where: { if case .fragment = $0 { true } else { false } }),
            case .fragment(var fragment) = self[index]
        else { return }
        change(&fragment)
        self[index] = .fragment(fragment)
    }
}

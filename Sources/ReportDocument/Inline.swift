/// A run of text inside a block: plain, bold, italic, a link, or a page counter.
///
/// Text is always literal: renderers escape it for their output format.
public enum Inline: Sendable, Equatable {
    /// Literal text.
    case text(String)
    /// Strongly emphasised (bold) content.
    case strong([Inline])
    /// Emphasised (italic) content.
    case emphasis([Inline])
    /// A link to a URL (`https:`, `mailto:`) or to an id in the document (`#id`).
    case link(target: String, content: [Inline])
    /// The current page number; only meaningful in a page header or footer.
    case pageNumber
    /// The number of pages; only meaningful in a page header or footer.
    case pageCount
}

extension Inline {
    /// The text a reader sees, without styling; page counters become empty.
    public var plainText: String {
        switch self {
        case .text(let text): text
        case .strong(let content), .emphasis(let content), .link(_, let content): content.plainText
        case .pageNumber, .pageCount: ""
        }
    }
}

extension Array where Element == Inline {
    /// The text a reader sees, without styling.
    public var plainText: String { map(\.plainText).joined() }
}

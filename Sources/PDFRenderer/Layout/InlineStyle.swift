/// How a piece of inline text is set: its face and, for links, where it leads.
struct InlineStyle: Hashable {
    /// The type face.
    var face: FontFace
    /// A link target (`https:`, `mailto:` or `#id`), `nil` for ordinary text.
    var link: String?
}

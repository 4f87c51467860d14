/// How a piece of inline text is set: its font and, for links, where it leads.
struct InlineStyle: Hashable {
    /// The font: the face's own until ``GlyphFilter`` moves characters to a fallback font.
    var font: FontChoice
    /// A link target (`https:`, `mailto:` or `#id`), `nil` for ordinary text.
    var link: String?

    /// The style of text in `face`.
    init(face: FontFace, link: String? = nil) {
        self.font = .face(face)
        self.link = link
    }

    /// The style of text in `font`.
    init(font: FontChoice, link: String?) {
        self.font = font
        self.link = link
    }
}

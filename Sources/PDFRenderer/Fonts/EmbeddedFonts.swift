/// The fonts one document draws with, each cut down to the characters drawn in it and
/// embedded in the document.
///
/// A font file used by several choices (a face and a fallback naming the same file) is
/// embedded once. Fonts are loaded in the order of their first use, so the same pages always
/// give the same PDF. Not Sendable: it lives inside one render.
struct EmbeddedFonts {
    private let fonts: [FontChoice: HaruFont]
    private let loaded: [HaruFont]

    /// Embeds, into `document`, every font `pages` draw text with: cut down to the characters
    /// drawn, or whole when `cutDown` is false; as a simple Windows-1252 font when its text
    /// allows (most reports in English and Western European languages), else as a UTF-8 font.
    init(drawing pages: [[DrawCommand]], fonts: FontSet, cutDown: Bool = true, into document: HaruDocument)
        throws(PDFError)
    {
        var files: [FontFile] = []
        var characters: [String: Set<Unicode.Scalar>] = [:]
        var choices: [FontChoice: String] = [:]
        for case .text(let text, _, _, let font, _, _) in pages.joined() {
            guard let file = fonts.file(for: font) else { continue }
            if characters[file.path] == nil { files.append(file) }
            characters[file.path, default: []].formUnion(text.unicodeScalars)
            choices[font] = file.path
        }
        var byPath: [String: HaruFont] = [:]
        for file in files {
            let subset = cutDown ? try file.subset(keeping: characters[file.path] ?? []) : try file.wholeFont()
            let tag = SubsetTag.make(for: subset, index: byPath.count)
            let encoding: HaruFont.Encoding =
                WinAnsiEncoding.covers(characters[file.path] ?? []) ? .winAnsi : .unicode
            byPath[file.path] = try HaruFont(
                loading: subset, from: file.path, tag: tag, encoding: encoding, into: document)
        }
        self.fonts = choices.compactMapValues { byPath[$0] }
        loaded = files.compactMap { byPath[$0.path] }
    }

    /// The embedded font for text drawn in `font`; `nil` when no text of the pages uses it.
    func font(for font: FontChoice) -> HaruFont? {
        fonts[font]
    }

    /// Makes libharu keep every glyph of the embedded subsets; call after drawing, before saving.
    func keepEveryGlyph() {
        for font in loaded { font.keepEveryGlyph() }
    }
}

/// The fonts one document draws with, each embedded with just the glyphs drawn in it.
///
/// The text of each font file is split by encoding: characters Windows-1252 has are drawn
/// with a simple WinAnsi font, made from the file's ``WinAnsiSubset`` kept loaded across
/// documents, of which the document marks the glyphs it draws; any others (Ł, ễ, 王 ...) with
/// a UTF-8 (CID) font cut down to just them for this document. libharu sets up a UTF-8 font by mapping all 65,536 code points, which costs
/// about as much as the rest of a report, so a document pays it only for a font that draws
/// such characters, and then on a subset of a few glyphs. A font file used by several
/// choices (a face and a fallback naming the same file) is embedded once. Fonts are loaded
/// in the order of their first use, so the same pages always give the same PDF. Not
/// Sendable: it lives inside one render.
struct EmbeddedFonts {
    /// The fonts drawing one font file's text.
    private struct Embedded {
        var file: FontFile
        var winAnsi: HaruFont?
        var unicode: HaruFont?
    }

    private let fonts: [FontChoice: Embedded]
    private let loaded: [HaruFontDefinition]
    /// The simple (WinAnsi) fonts, in the order they were loaded, with the font file each
    /// embeds.
    private let simpleFonts: [(font: HaruFont, file: [UInt8])]

    /// Embeds, into `document`, every font `pages` draw text with, cut down to the characters
    /// drawn.
    init(drawing pages: [[DrawCommand]], fonts: FontSet, into document: HaruDocument) throws(PDFError) {
        var files: [FontFile] = []
        var characters: [String: UsedCharacters] = [:]
        var choices: [FontChoice: String] = [:]
        for case .text(let text, _, _, let font, _, _) in pages.joined() {
            guard let file = fonts.file(for: font) else { continue }
            if characters[file.path] == nil { files.append(file) }
            characters[file.path, default: UsedCharacters()].add(text)
            choices[font] = file.path
        }
        var byPath: [String: Embedded] = [:]
        var loaded: [HaruFontDefinition] = []
        var simpleFonts: [(font: HaruFont, file: [UInt8])] = []
        for file in files {
            let (western, others) = characters[file.path]?.byEncoding ?? ([], [])
            var embedded = Embedded(file: file)
            if !western.isEmpty {
                let subset = try file.winAnsiSubset()
                let name = try document.loadFont(subset.bytes, from: file.path, tag: subset.tag, kept: true)
                let font = try HaruFontDefinition(named: name, from: file.path, in: document).font(.winAnsi)
                embedded.winAnsi = font
                simpleFonts.append((font, subset.fontFile(for: western)))
            }
            if !others.isEmpty {
                let bytes = try file.subset(keeping: others)
                let tag = SubsetTag.make(for: bytes, index: loaded.count)
                let name = try document.loadFont(bytes, from: file.path, tag: tag, kept: false)
                let definition = try HaruFontDefinition(named: name, from: file.path, in: document)
                loaded.append(definition)
                embedded.unicode = try definition.font(.unicode)
            }
            byPath[file.path] = embedded
        }
        self.fonts = choices.compactMapValues { byPath[$0] }
        self.loaded = loaded
        self.simpleFonts = simpleFonts
    }

    /// `text` drawn in `font` as consecutive pieces, each with the embedded font that draws
    /// it and its offset from the start of the text at `size` points. Empty when no text of
    /// the pages uses `font`.
    func pieces(of text: String, font: FontChoice, size: Double) -> [(text: String, font: HaruFont, x: Double)] {
        guard let embedded = fonts[font] else { return [] }
        if let winAnsi = embedded.winAnsi, embedded.unicode == nil { return [(text, winAnsi, 0)] }
        if let unicode = embedded.unicode, embedded.winAnsi == nil { return [(text, unicode, 0)] }
        var pieces: [(text: String, font: HaruFont, x: Double)] = []
        var current = String.UnicodeScalarView()
        var currentIsWestern = true
        var x = 0.0
        func flush() {
            guard !current.isEmpty, let font = currentIsWestern ? embedded.winAnsi : embedded.unicode else { return }
            let piece = String(current)
            pieces.append((piece, font, x))
            x += embedded.file.width(of: piece, size: size)
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            let isWestern = WinAnsiEncoding.code(for: scalar) != nil
            if isWestern != currentIsWestern { flush() }
            currentIsWestern = isWestern
            current.append(scalar)
        }
        flush()
        return pieces
    }

    /// Gives each font its font file: for a simple font, the one cut for this document; for a
    /// UTF-8 font made for this document, every glyph of it. Call after drawing, before saving.
    func embed(into document: HaruDocument) throws(PDFError) {
        for (font, file) in simpleFonts { try document.embed(file, in: font) }
        for definition in loaded { definition.keepEveryGlyph() }
    }
}

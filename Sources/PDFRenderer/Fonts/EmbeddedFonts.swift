/// The fonts one document draws with, each embedded with just the glyphs drawn in it.
///
/// The text of each font file is split by encoding, into up to three simple or UTF-8 fonts:
/// - characters Windows-1252 has, in a WinAnsi font made from the file's ``WinAnsiSubset``,
///   kept loaded across documents, which embeds just the glyphs drawn;
/// - others with a standard glyph name (Ł, ş, Greek ...), in a font of the document's
///   ``NamedEncoding``, cut down to just them;
/// - the rest (ễ, 王 ...), in a UTF-8 (CID) font cut down to just them. libharu sets up a UTF-8
///   font by mapping all 65,536 code points, which costs about as much as the rest of a
///   report, so a document pays it only for characters no simple font can draw.
///
/// A font file used by several choices (a face and a fallback naming the same file) is
/// embedded once. Fonts are loaded in the order of their first use, so the same pages always
/// give the same PDF. Not Sendable: it lives inside one render.
struct EmbeddedFonts {
    /// The fonts drawing one font file's text.
    private struct Embedded {
        var file: FontFile
        var winAnsi: HaruFont?
        var named: HaruFont?
        var unicode: HaruFont?

        /// The font drawing `scalar`, when any.
        func font(for scalar: Unicode.Scalar) -> HaruFont? {
            if WinAnsiEncoding.code(for: scalar) != nil { return winAnsi }
            if let named, case .named(let encoding) = named.encoding, encoding.contains(scalar) { return named }
            return unicode
        }
    }

    private let fonts: [FontChoice: Embedded]
    /// The UTF-8 fonts, whose subsets libharu embeds.
    private let unicodeFonts: [HaruFontDefinition]
    /// The simple fonts, in the order they were loaded, with the font file each embeds.
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
        let split: [(western: [Unicode.Scalar], others: [Unicode.Scalar])] = files.map {
            characters[$0.path]?.byEncoding ?? ([], [])
        }
        var seen = Set<UInt32>()
        let named = NamedEncoding(
            choosingFrom: split.flatMap(\.others).filter { seen.insert($0.value).inserted })
        if let named { try document.register(named) }

        var byPath: [String: Embedded] = [:]
        var unicodeFonts: [HaruFontDefinition] = []
        var simpleFonts: [(font: HaruFont, file: [UInt8])] = []
        var madeForDocument = 0
        func cut(_ file: FontFile, keeping characters: [Unicode.Scalar]) throws(PDFError) -> (
            HaruFontDefinition, [UInt8]
        ) {
            let bytes = try file.subset(keeping: characters)
            let tag = SubsetTag.make(for: bytes, index: madeForDocument)
            madeForDocument += 1
            let name = try document.loadFont(bytes, from: file.path, tag: tag, kept: false)
            return (try HaruFontDefinition(named: name, from: file.path, in: document), bytes)
        }
        for (file, (western, others)) in zip(files, split) {
            var embedded = Embedded(file: file)
            if !western.isEmpty {
                let subset = try file.winAnsiSubset()
                let name = try document.loadFont(subset.bytes, from: file.path, tag: subset.tag, kept: true)
                let font = try HaruFontDefinition(named: name, from: file.path, in: document).font(.winAnsi)
                embedded.winAnsi = font
                simpleFonts.append((font, subset.fontFile(for: western)))
            }
            if let named, case let drawn = others.filter(named.contains), !drawn.isEmpty {
                let (definition, bytes) = try cut(file, keeping: drawn)
                let font = try definition.font(.named(named))
                embedded.named = font
                simpleFonts.append((font, TrueTypeGlyphs(font: bytes)?.fileKeepingEveryGlyph() ?? bytes))
            }
            if case let rest = others.filter({ !(named?.contains($0) ?? false) }), !rest.isEmpty {
                let (definition, _) = try cut(file, keeping: rest)
                unicodeFonts.append(definition)
                let font = try definition.font(.unicode)
                try document.setToUnicode(ToUnicodeMap(characters: rest), of: font)
                embedded.unicode = font
            }
            byPath[file.path] = embedded
        }
        self.fonts = choices.compactMapValues { byPath[$0] }
        self.unicodeFonts = unicodeFonts
        self.simpleFonts = simpleFonts
    }

    /// `text` drawn in `font` as consecutive pieces, each with the embedded font that draws
    /// it and its offset from the start of the text at `size` points. Empty when no text of
    /// the pages uses `font`.
    func pieces(of text: String, font: FontChoice, size: Double) -> [(text: String, font: HaruFont, x: Double)] {
        guard let embedded = fonts[font] else { return [] }
        if embedded.named == nil, embedded.unicode == nil, let winAnsi = embedded.winAnsi {
            return [(text, winAnsi, 0)]
        }
        var pieces: [(text: String, font: HaruFont, x: Double)] = []
        var current = String.UnicodeScalarView()
        var currentFont: HaruFont?
        var x = 0.0
        func flush() {
            guard !current.isEmpty else { return }
            let piece = String(current)
            if let currentFont { pieces.append((piece, currentFont, x)) }
            x += embedded.file.width(of: piece, size: size)
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            let font = embedded.font(for: scalar)
            if !current.isEmpty, font?.handle != currentFont?.handle { flush() }
            currentFont = font
            current.append(scalar)
        }
        flush()
        return pieces
    }

    /// Gives each font its font file: for a simple font, the one cut for this document; for a
    /// UTF-8 font, every glyph of its subset. Call after drawing, before saving.
    func embed(into document: HaruDocument) throws(PDFError) {
        for (font, file) in simpleFonts { try document.embed(file, in: font) }
        for definition in unicodeFonts { definition.keepEveryGlyph() }
    }
}

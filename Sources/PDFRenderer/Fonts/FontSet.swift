import ReportDocument

/// The theme's fonts loaded into one document: widths, coverage and the faces to draw with.
///
/// Only the faces the document uses are loaded; a face that is not loaded falls back to the
/// regular one. Not Sendable: it lives inside one render.
final class FontSet: TextMeasuring {
    private let regular: HaruFont
    private let others: [FontFace: HaruFont]
    /// The file each loaded font came from, by font name.
    private let files: [String: String]
    private var coverage: [FontFace: [UInt32: Bool]] = [:]

    /// Loads the regular face and those of `faces` from the theme's font files into `document`.
    init(_ theme: ThemeFonts, faces: Set<FontFace>, document: HaruDocument) throws(PDFError) {
        var byPath: [String: HaruFont] = [:]
        func load(_ path: String) throws(PDFError) -> HaruFont {
            if let loaded = byPath[path] { return loaded }
            let font = try HaruFont(loadingFile: path, into: document)
            byPath[path] = font
            return font
        }
        regular = try load(theme.regular)
        var others: [FontFace: HaruFont] = [:]
        if faces.contains(.bold) { others[.bold] = try load(theme.bold) }
        if faces.contains(.italic) { others[.italic] = try load(theme.italic) }
        self.others = others
        files = Dictionary(byPath.map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The font that draws `face`.
    func font(for face: FontFace) -> HaruFont {
        others[face] ?? regular
    }

    func width(of text: String, face: FontFace, size: Double) -> Double {
        font(for: face).width(of: text, size: size)
    }

    func covers(_ scalar: Unicode.Scalar, face: FontFace) -> Bool {
        if let known = coverage[face]?[scalar.value] { return known }
        let covered = font(for: face).hasGlyph(for: scalar)
        coverage[face, default: [:]][scalar.value] = covered
        return covered
    }

    func fontName(of face: FontFace) -> String {
        font(for: face).fileName
    }

    /// Makes the subsetter keep every component of every used composite glyph, also nested
    /// ones and those with ids above 32767, which libharu 2.3.0 drops (accents vanish,
    /// ideographs render blank). Call after all text is drawn, before saving.
    func keepCompositeGlyphComponents() {
        var seen: Set<String> = []
        for font in [regular] + FontFace.allCases.compactMap({ others[$0] }) where seen.insert(font.name).inserted {
            guard let path = files[font.name], let table = CompositeGlyphTable(contentsOfFile: path) else { continue }
            let count = min(font.glyphCount, table.glyphCount)
            let used = (0..<count).map(UInt16.init).filter(font.isGlyphUsed)
            for component in table.components(reachableFrom: used) { font.markGlyphUsed(component) }
        }
    }
}

internal import CHaru

/// A TrueType font loaded into one ``HaruDocument`` with the UTF-8 encoder.
struct HaruFont {
    /// The libharu handle; valid while the document lives.
    let handle: HPDF_Font
    /// The font's PostScript name, for example `DejaVuSans-Bold`.
    let name: String
    /// libharu's definition of the font: glyph lookup and the subsetter's flags.
    let definition: HPDF_FontDef
    /// The font file's name without folder and extension, for messages: `DejaVuSans-Bold`.
    let fileName: String

    /// Loads the TrueType file at `path` into `document`, embedded (subset on save).
    init(loadingFile path: String, into document: HaruDocument) throws(PDFError) {
        let operation = "load font \(path)"
        let loadedName = try document.require(HPDF_LoadTTFontFromFile(document.handle, path, HPDF_TRUE), operation)
        let name = String(cString: loadedName)
        handle = try document.require(HPDF_GetFont(document.handle, name, "UTF-8"), operation)
        definition = try document.require(HPDF_GetFontDef(document.handle, name), operation)
        self.name = name
        let file = path.split(separator: "/").last.map(String.init) ?? path
        fileName = file.lowercased().hasSuffix(".ttf") ? String(file.dropLast(4)) : file
    }

    /// The advance width of `text` at `size` points; libharu measures UTF-8 correctly here
    /// (unlike `HPDF_Font_MeasureText`).
    func width(of text: String, size: Double) -> Double {
        var text = text
        let units = text.withUTF8 { buffer in
            HPDF_Font_TextWidth(handle, buffer.baseAddress, HPDF_UINT(buffer.count)).width
        }
        return Double(units) * size / 1000
    }

    /// True when the font has a glyph for `scalar` (which must be at most U+FFFF).
    func hasGlyph(for scalar: Unicode.Scalar) -> Bool {
        guard scalar.value <= 0xFFFF else { return false }
        return HPDF_TTFontDef_GetGlyphid(definition, HPDF_UINT16(scalar.value)) != 0
    }

    /// The number of glyphs in the font.
    var glyphCount: Int { Int(charu_glyph_count(definition)) }

    /// True when the subsetter keeps glyph `glyph`.
    func isGlyphUsed(_ glyph: UInt16) -> Bool { charu_glyph_is_used(definition, glyph) != 0 }

    /// Makes the subsetter keep glyph `glyph`.
    func markGlyphUsed(_ glyph: UInt16) { charu_mark_glyph_used(definition, glyph) }
}

internal import CHaru

/// A TrueType font file loaded into one ``HaruDocument`` and embedded in it: libharu's font
/// definition, from which fonts in each encoding are made.
struct HaruFontDefinition {
    /// libharu's name for the font: `DejaVuSans-Bold,Bold` (the PDF shows it with its subset
    /// tag, such as `BQXKTM+DejaVuSans-Bold,Bold`).
    let name: String
    /// The document the font is embedded in.
    private let document: HaruDocument
    /// The subsetter's per-glyph flags.
    private let definition: HPDF_FontDef
    /// The file the bytes were cut from, for errors.
    private let file: String

    /// The font `name` loaded into `document` (see ``HaruDocument/loadFont(_:from:tag:kept:)``)
    /// from a subset of `file`, which names it in errors.
    init(named name: String, from file: String, in document: HaruDocument) throws(PDFError) {
        self.name = name
        definition = try document.require(HPDF_GetFontDef(document.handle, name), "load font \(file)")
        self.document = document
        self.file = file
    }

    /// The font drawing text in `encoding`.
    func font(_ encoding: HaruFont.Encoding) throws(PDFError) -> HaruFont {
        let handle = try document.require(
            HPDF_GetFont(document.handle, name, encoding.encoderName), "load font \(file)")
        let untagged = name.split(separator: "+", maxSplits: 1).last.map(String.init) ?? name
        return HaruFont(handle: handle, name: untagged, encoding: encoding)
    }

    /// Makes libharu's subsetter keep every glyph of the font. The font is already cut down to
    /// what the document draws; libharu's own pass would drop nested composite components.
    func keepEveryGlyph() {
        for glyph in 0..<charu_glyph_count(definition) { charu_mark_glyph_used(definition, glyph) }
    }
}

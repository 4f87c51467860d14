internal import CHaru

/// A TrueType font embedded in one ``HaruDocument`` with the UTF-8 encoder.
struct HaruFont {
    /// The libharu handle; valid while the document lives.
    let handle: HPDF_Font
    /// libharu's name for the font: `DejaVuSans-Bold,Bold` (the PDF shows it with its subset tag,
    /// such as `BQXKTM+DejaVuSans-Bold,Bold`).
    let name: String
    /// libharu's definition of the font: the subsetter's per-glyph flags.
    private let definition: HPDF_FontDef

    /// Loads the TrueType font `bytes` (a subset cut from `file`, which names it in errors)
    /// into `document`, embedded under `tag` (see ``SubsetTag``).
    init(loading bytes: [UInt8], from file: String, tag: String, into document: HaruDocument) throws(PDFError) {
        let operation = "load font \(file)"
        let loadedName = try document.require(
            bytes.withUnsafeBufferPointer { buffer in
                charu_load_truetype_from_memory(document.handle, buffer.baseAddress, HPDF_UINT(buffer.count), tag)
            }, operation)
        let name = String(cString: loadedName)
        handle = try document.require(HPDF_GetFont(document.handle, name, "UTF-8"), operation)
        definition = try document.require(HPDF_GetFontDef(document.handle, name), operation)
        self.name = name
    }

    /// Makes libharu's subsetter keep every glyph of the font. The font is already cut down to
    /// what the document draws; libharu's own pass would drop nested composite components.
    func keepEveryGlyph() {
        for glyph in 0..<charu_glyph_count(definition) { charu_mark_glyph_used(definition, glyph) }
    }
}

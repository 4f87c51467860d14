internal import CHaru

/// A TrueType font embedded in one ``HaruDocument``, with the encoding its text is written in.
struct HaruFont {
    /// How text drawn in the font is encoded in the PDF.
    enum Encoding {
        /// A simple TrueType font of 256 codes in Windows-1252 (see ``WinAnsiEncoding``).
        case winAnsi
        /// A CID font in UTF-8, for any character the font has.
        case unicode

        /// libharu's name of the encoder.
        var encoderName: String {
            switch self {
            case .winAnsi: return "CP1252"
            case .unicode: return "UTF-8"
            }
        }
    }

    /// The libharu handle; valid while the document lives.
    let handle: HPDF_Font
    /// libharu's name for the font: `DejaVuSans-Bold,Bold` (the PDF shows it with its subset tag,
    /// such as `BQXKTM+DejaVuSans-Bold,Bold`).
    let name: String
    /// How text drawn in the font is encoded.
    let encoding: Encoding
    /// libharu's definition of the font: the subsetter's per-glyph flags.
    private let definition: HPDF_FontDef

    /// Loads the TrueType font `bytes` (a subset cut from `file`, which names it in errors)
    /// into `document`, embedded under `tag` (see ``SubsetTag``), for text in `encoding`.
    init(loading bytes: [UInt8], from file: String, tag: String, encoding: Encoding, into document: HaruDocument)
        throws(PDFError)
    {
        let operation = "load font \(file)"
        let loadedName = try document.require(
            bytes.withUnsafeBufferPointer { buffer in
                charu_load_truetype_from_memory(document.handle, buffer.baseAddress, HPDF_UINT(buffer.count), tag)
            }, operation)
        let name = String(cString: loadedName)
        handle = try document.require(HPDF_GetFont(document.handle, name, encoding.encoderName), operation)
        definition = try document.require(HPDF_GetFontDef(document.handle, name), operation)
        self.name = name
        self.encoding = encoding
    }

    /// `text` encoded for this font, NUL-terminated. Text is checked against the encoding
    /// before the font is chosen, so a character it lacks is a programming error.
    func encoded(_ text: String) -> [CChar] {
        switch encoding {
        case .unicode: return text.utf8CString.map { $0 }
        case .winAnsi:
            guard let bytes = WinAnsiEncoding.bytes(of: text) else {
                preconditionFailure("text outside Windows-1252 drawn in a WinAnsi font")
            }
            return bytes
        }
    }

    /// Makes libharu's subsetter keep every glyph of the font. The font is already cut down to
    /// what the document draws; libharu's own pass would drop nested composite components.
    func keepEveryGlyph() {
        for glyph in 0..<charu_glyph_count(definition) { charu_mark_glyph_used(definition, glyph) }
    }
}

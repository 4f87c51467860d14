internal import CHarfBuzz

/// A font file cut down to every Windows-1252 character it has, made once per process and
/// kept loaded in reused documents (see ``HaruDocument``) for the metrics libharu needs; each
/// report embeds a copy with only the glyphs it draws (``fontFile(for:)``), instead of cutting
/// and parsing a subset per report.
final class WinAnsiSubset: Sendable {
    /// The TrueType file of the subset.
    let bytes: [UInt8]
    /// Its subset tag, the same in every document (see ``SubsetTag/kept(for:)``).
    let tag: String
    /// The glyphs each character is drawn with (its own and its components), by code point;
    /// missing for characters the font lacks.
    private let glyphs: [UInt32: [UInt16]]
    private let tables: TrueTypeGlyphs

    /// Cuts `file` down to the Windows-1252 characters it has.
    init(of file: FontFile) throws(PDFError) {
        let characters = WinAnsiEncoding.characters.filter(file.covers)
        bytes = try file.subset(keeping: characters)
        tag = SubsetTag.kept(for: bytes)
        guard let tables = TrueTypeGlyphs(font: bytes) else {
            throw PDFError(operation: "subset font \(file.path)", reason: .subsetUnreadable)
        }
        let blob = bytes.withUnsafeBufferPointer { buffer in
            hb_blob_create(
                buffer.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) },
                UInt32(buffer.count), HB_MEMORY_MODE_DUPLICATE, nil, nil)
        }
        let face = hb_face_create(blob, 0)
        let font = hb_font_create(face)
        defer {
            hb_font_destroy(font)
            hb_face_destroy(face)
            hb_blob_destroy(blob)
        }
        var glyphs: [UInt32: [UInt16]] = [:]
        for character in characters {
            var glyph: hb_codepoint_t = 0
            guard hb_font_get_nominal_glyph(font, character.value, &glyph) != 0, glyph != 0 else { continue }
            glyphs[character.value] = tables.closure(of: UInt16(glyph))
        }
        self.glyphs = glyphs
        self.tables = tables
    }

    /// The TrueType file to embed for a document drawing `characters`: the subset with the
    /// outlines of their glyphs and components only.
    func fontFile(for characters: [Unicode.Scalar]) -> [UInt8] {
        tables.file(keeping: characters.flatMap { glyphs[$0.value] ?? [] })
    }
}

internal import CHarfBuzz
import Glibc
import Synchronization

/// A TrueType font file, read once per process: the HarfBuzz face that subsets are cut from,
/// and the width and coverage of every character up to U+FFFF.
///
/// Immutable once loaded, so one instance serves every render on every thread (HarfBuzz faces
/// are thread-safe once made immutable). Files are cached by path in the renderer's ``PDFCaches``;
/// a font file changed while the process runs is not read again.
final class FontFile: @unchecked Sendable {
    /// Where the file was read from.
    let path: String
    /// The file's name without folder and extension, for messages: `DejaVuSans-Bold`.
    let name: String
    /// The HarfBuzz face of the file; read-only.
    let face: OpaquePointer
    /// Advance widths in thousandths of an em, truncated as libharu computes them, by code
    /// point up to U+FFFF; -1 where the font has no glyph.
    private let widths: [Int32]
    /// The advance width of the font's .notdef glyph, in thousandths of an em.
    private let missingWidth: Int32

    /// The Windows-1252 subset, once made.
    private let winAnsi = Mutex<WinAnsiSubset?>(nil)

    /// The font file at `path`, read on first use and shared afterwards.
    ///
    /// Throws a ``PDFError`` naming `load font <path>` when the file cannot be read or is not a
    /// TrueType font with glyf outlines.
    static func load(_ path: String, caches: PDFCaches) throws(PDFError) -> FontFile {
        try caches.fonts.withLock { files throws(PDFError) -> FontFile in
            if let file = files[path] { return file }
            let file = try FontFile(path: path)
            files[path] = file
            return file
        }
    }

    private init(path: String) throws(PDFError) {
        let operation = "load font \(path)"
        errno = 0
        guard let blob = hb_blob_create_from_file_or_fail(path) else {
            throw PDFError(operation: operation, reason: .fontUnreadable(errno: max(errno, 0)))
        }
        defer { hb_blob_destroy(blob) }
        guard let face = hb_face_create(blob, 0) else { throw PDFError(operation: operation, reason: .outOfMemory) }
        let glyf = hb_face_reference_table(face, Self.tag("glyf"))
        let glyfLength = hb_blob_get_length(glyf)
        hb_blob_destroy(glyf)
        guard hb_face_get_glyph_count(face) > 0, glyfLength > 0 else {
            hb_face_destroy(face)
            throw PDFError(operation: operation, reason: .notTrueType)
        }
        hb_face_make_immutable(face)

        let font = hb_font_create(face)
        defer { hb_font_destroy(font) }
        let unitsPerEm = hb_face_get_upem(face)
        hb_font_set_scale(font, Int32(unitsPerEm), Int32(unitsPerEm))
        func width(_ glyph: hb_codepoint_t) -> Int32 {
            Int32(UInt32(max(0, hb_font_get_glyph_h_advance(font, glyph))) * 1000 / max(unitsPerEm, 1))
        }
        let characters = hb_set_create()
        defer { hb_set_destroy(characters) }
        hb_face_collect_unicodes(face, characters)
        var widths = [Int32](repeating: -1, count: 0x10000)
        var codePoint = hb_codepoint_t.max
        while hb_set_next(characters, &codePoint) != 0, codePoint <= 0xFFFF {
            var glyph: hb_codepoint_t = 0
            if hb_font_get_nominal_glyph(font, codePoint, &glyph) != 0, glyph != 0 {
                widths[Int(codePoint)] = width(glyph)
            }
        }
        self.widths = widths
        self.missingWidth = width(0)
        self.face = face
        self.path = path
        let file = path.split(separator: "/").last.map(String.init) ?? path
        name = file.lowercased().hasSuffix(".ttf") ? String(file.dropLast(4)) : file
    }

    deinit {
        hb_face_destroy(face)
    }

    /// The file cut down to every Windows-1252 character it has, made on first use.
    func winAnsiSubset() throws(PDFError) -> WinAnsiSubset {
        try winAnsi.withLock { subset throws(PDFError) -> WinAnsiSubset in
            if let subset { return subset }
            let made = try WinAnsiSubset(of: self)
            subset = made
            return made
        }
    }

    /// True when the font has a glyph for `scalar`; never for scalars above U+FFFF.
    func covers(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0xFFFF && widths[Int(scalar.value)] >= 0
    }

    /// The advance width of `text` at `size` points, as libharu will place it: characters
    /// the font lacks count as its .notdef glyph.
    func width(of text: some StringProtocol, size: Double) -> Double {
        var units: Int32 = 0
        for scalar in text.unicodeScalars {
            let width = scalar.value <= 0xFFFF ? widths[Int(scalar.value)] : -1
            units += width >= 0 ? width : missingWidth
        }
        return Double(units) * size / 1000
    }

    /// A table tag such as `glyf` as HarfBuzz's 32-bit number.
    static func tag(_ name: String) -> hb_tag_t {
        name.utf8.reduce(0) { $0 << 8 | hb_tag_t($1) }
    }
}

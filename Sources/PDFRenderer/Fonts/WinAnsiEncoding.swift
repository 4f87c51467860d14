/// Windows-1252, the single-byte encoding libharu calls `CP1252` (a PDF `WinAnsiEncoding`
/// font): ASCII, Latin-1 and 27 typographic characters such as – — ‘ ’ “ ” • € ….
///
/// Text this encoding covers is drawn in a simple TrueType font with 256 codes, which libharu
/// sets up in microseconds; the UTF-8 (CID) font it makes otherwise maps all 65,536 code points
/// and writes a 128 KB map into the PDF (see ``EmbeddedFonts``).
enum WinAnsiEncoding {
    /// The Windows-1252 byte of `scalar`, or `nil` when the encoding lacks it. Control
    /// characters are left out: they are never drawn.
    static func code(for scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xFF: return UInt8(scalar.value)
        default: return typographic[scalar.value]
        }
    }

    /// Every character the encoding has (control characters left out), in code point order.
    static let characters: [Unicode.Scalar] =
        (Array(0x20...0x7E) + Array(0xA0...0xFF) + typographic.keys.sorted()).compactMap(Unicode.Scalar.init)

    /// The characters Windows-1252 puts at 0x80-0x9F.
    private static let typographic: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]
}

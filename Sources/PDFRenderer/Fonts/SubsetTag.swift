/// The six capital letters a PDF puts before the name of an embedded font subset
/// (`BQXKTM+DejaVuSans`), telling readers the font is incomplete.
///
/// The first two letters count the fonts of the document (so tags never repeat within it);
/// the other four come from a hash of the subset's bytes, so the same subset always gets the
/// same tag and output stays byte-identical across runs.
enum SubsetTag {
    /// The tag of the `index`-th font (0-based) of a document, whose subset is `bytes`.
    static func make(for bytes: [UInt8], index: Int) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        var letters = [index / 26 % 26, index % 26]
        for _ in 0..<4 {
            letters.append(Int(hash % 26))
            hash /= 26
        }
        return String(letters.map { Character(Unicode.Scalar(UInt8(65 + $0))) })
    }
}

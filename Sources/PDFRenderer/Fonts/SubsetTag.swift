/// The six capital letters a PDF puts before the name of an embedded font subset
/// (`BQXKTM+DejaVuSans`), telling readers the font is incomplete.
///
/// Tags come from a hash of the subset's bytes, so the same subset always gets the same tag
/// and output stays byte-identical across runs. A subset made for one document starts with
/// two letters counting its fonts (`AA`, `AB` ...), so tags never repeat within it; a kept
/// subset (``WinAnsiSubset``) starts with `Z`, which a count never reaches.
enum SubsetTag {
    /// The tag of the `index`-th font (0-based) made for one document, whose subset is `bytes`.
    static func make(for bytes: [UInt8], index: Int) -> String {
        letters([index / 26 % 25, index % 26] + hashLetters(of: bytes, count: 4))
    }

    /// The tag of a subset kept across documents.
    static func kept(for bytes: [UInt8]) -> String {
        letters([25] + hashLetters(of: bytes, count: 5))
    }

    private static func hashLetters(of bytes: [UInt8], count: Int) -> [Int] {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        var letters: [Int] = []
        for _ in 0..<count {
            letters.append(Int(hash % 26))
            hash /= 26
        }
        return letters
    }

    private static func letters(_ numbers: [Int]) -> String {
        String(numbers.map { Character(Unicode.Scalar(UInt8(65 + $0))) })
    }
}

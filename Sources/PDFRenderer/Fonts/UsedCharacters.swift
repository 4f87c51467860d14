/// The characters of the Basic Multilingual Plane a document draws in one font: a bit per
/// code point, so adding every character of every line stays cheap. (Characters above U+FFFF
/// never reach the fonts: see ``GlyphFilter``.)
struct UsedCharacters {
    private var bits = [UInt64](repeating: 0, count: 0x10000 / 64)

    /// Adds the characters of `text` below U+10000.
    mutating func add(_ text: String) {
        for scalar in text.unicodeScalars where scalar.value < 0x10000 {
            bits[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63)
        }
    }

    /// The characters, in code point order, split into those Windows-1252 has and the rest.
    var byEncoding: (western: [Unicode.Scalar], others: [Unicode.Scalar]) {
        var western: [Unicode.Scalar] = []
        var others: [Unicode.Scalar] = []
        for (index, word) in bits.enumerated() where word != 0 {
            var word = word
            while word != 0 {
                let bit = word.trailingZeroBitCount
                word &= word - 1
                guard let scalar = Unicode.Scalar(UInt32(index * 64 + bit)) else { continue }
                if WinAnsiEncoding.code(for: scalar) != nil { western.append(scalar) } else { others.append(scalar) }
            }
        }
        return (western, others)
    }
}

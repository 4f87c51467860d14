/// Character classes the line breaker needs (a small, practical subset of UAX #14).
extension Character {
    /// A space a line may break after (not the no-break space U+00A0).
    var isBreakingSpace: Bool {
        self == " " || self == "\u{3000}" || self == "\u{2009}" || self == "\u{2002}" || self == "\u{2003}"
    }

    /// A hyphen, dash or slash after which a line may break.
    var isBreakingHyphen: Bool {
        self == "-" || self == "/" || self == "\u{2010}" || self == "\u{2013}"
    }

    /// A CJK ideograph, kana or Hangul syllable: a line may break before and after it.
    var isCJK: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x2E80...0x2FDF,  // CJK radicals
            0x3040...0x30FF,  // hiragana, katakana
            0x3400...0x4DBF,  // CJK extension A
            0x4E00...0x9FFF,  // CJK unified ideographs
            0xAC00...0xD7AF,  // Hangul syllables
            0xF900...0xFAFF,  // CJK compatibility ideographs
            0x20000...0x3FFFF:  // CJK extensions B and later
            return true
        default:
            return false
        }
    }

    /// Punctuation that must not start a line (closing brackets, stops, commas).
    var isClosingPunctuation: Bool {
        "、。，．・：；？！）」』】〕〉》〗〙〛ー～,.;:!?)]}%".contains(self)
    }
}

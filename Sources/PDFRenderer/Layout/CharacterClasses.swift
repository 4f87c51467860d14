/// What the line breaker needs to know about a grapheme (a small, practical subset of UAX #14).
enum BreakClass: Equatable {
    /// A space a line may break after (not the no-break space U+00A0).
    case space
    /// `\n`: a forced break.
    case newline
    /// A hyphen, dash or slash after which a line may break.
    case hyphen
    /// A CJK ideograph, kana or Hangul syllable: a line may break before and after it.
    case cjk
    /// Punctuation that must not start a line (closing brackets, stops, commas).
    case closing
    /// A katakana middle dot or long vowel mark: CJK, and must not start a line.
    case closingCJK
    /// A letter or digit.
    case alphanumeric
    /// Anything else.
    case other

    /// The class of `character`, from its first scalar; a space, hyphen or stop followed by a
    /// combining mark is no longer one.
    init(_ character: Character) {
        if let ascii = character.asciiValue {
            self.init(ascii: ascii)
            return
        }
        let scalars = character.unicodeScalars
        let scalar = scalars.first!
        let single = scalars.index(after: scalars.startIndex) == scalars.endIndex
        switch scalar.value {
        case 0x3000, 0x2009, 0x2002, 0x2003: self = single ? .space : .other
        case 0x2010, 0x2013: self = single ? .hyphen : .other
        case 0x2E80...0x2FDF,  // CJK radicals
            0x3040...0x30FA, 0x30FD...0x30FF,  // hiragana, katakana
            0x3400...0x4DBF,  // CJK extension A
            0x4E00...0x9FFF,  // CJK unified ideographs
            0xAC00...0xD7AF,  // Hangul syllables
            0xF900...0xFAFF,  // CJK compatibility ideographs
            0x20000...0x3FFFF:  // CJK extensions B and later
            self = .cjk
        case 0x30FB, 0x30FC: self = .closingCJK  // ・ ー
        case 0x3001, 0x3002, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF01, 0xFF09, 0x300D, 0x300F,
            0x3011, 0x3015, 0x3009, 0x300B, 0x3017, 0x3019, 0x301B, 0xFF5E:
            self = single ? .closing : .other
        default:
            // Also an ASCII character with a combining mark: a letter or digit stays one.
            self = character.isLetter || character.isNumber ? .alphanumeric : .other
        }
    }

    /// The class of an ASCII character.
    init(ascii: UInt8) {
        switch ascii {
        case 0x0A: self = .newline
        case 0x20: self = .space
        case 0x2D, 0x2F: self = .hyphen
        case 0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x25: self = .closing
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: self = .alphanumeric
        default: self = .other
        }
    }

    /// True when a line may end between `before` and `after`; `earlier` precedes `before`.
    static func canBreak(after earlier: BreakClass?, _ before: BreakClass, before after: BreakClass) -> Bool {
        if after == .space { return false }
        if before == .space { return true }
        if before == .hyphen {
            let followsWord = earlier == .alphanumeric || earlier?.isCJK == true
            return followsWord && after != .hyphen && !after.isClosing
        }
        if before.isCJK || after.isCJK { return !after.isClosing }
        return false
    }

    private var isCJK: Bool { self == .cjk || self == .closingCJK }
    private var isClosing: Bool { self == .closing || self == .closingCJK }
}

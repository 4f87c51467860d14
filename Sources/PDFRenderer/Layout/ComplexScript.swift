/// A writing system libharu cannot set: right-to-left scripts, and scripts whose letters
/// change shape or order around each other. Text in them is left out of the PDF with a
/// warning pointing to the HTML report, which browsers and mail clients shape correctly.
struct ComplexScript: Equatable {
    /// The script's name, for example `Arabic`.
    let name: String
    /// True for scripts written right to left.
    let isRightToLeft: Bool

    /// The complex script `scalar` belongs to, or `nil` for characters libharu can set
    /// (Latin, Greek, Cyrillic, CJK, punctuation ...).
    init?(of scalar: Unicode.Scalar) {
        guard
            let (name, rightToLeft) = Self.ranges.first(where: { $0.range.contains(scalar.value) }).map({
                ($0.name, $0.rightToLeft)
            })
        else { return nil }
        self.name = name
        isRightToLeft = rightToLeft
    }

    private static let ranges: [(range: ClosedRange<UInt32>, name: String, rightToLeft: Bool)] = [
        (0x0590...0x05FF, "Hebrew", true), (0xFB1D...0xFB4F, "Hebrew", true),
        (0x0600...0x06FF, "Arabic", true), (0x0750...0x077F, "Arabic", true), (0x08A0...0x08FF, "Arabic", true),
        (0xFB50...0xFDFF, "Arabic", true), (0xFE70...0xFEFE, "Arabic", true),
        (0x0700...0x074F, "Syriac", true), (0x0780...0x07BF, "Thaana", true), (0x07C0...0x07FF, "N'Ko", true),
        (0x0900...0x097F, "Devanagari", false), (0x0980...0x09FF, "Bengali", false),
        (0x0A00...0x0A7F, "Gurmukhi", false), (0x0A80...0x0AFF, "Gujarati", false),
        (0x0B00...0x0B7F, "Odia", false), (0x0B80...0x0BFF, "Tamil", false), (0x0C00...0x0C7F, "Telugu", false),
        (0x0C80...0x0CFF, "Kannada", false), (0x0D00...0x0D7F, "Malayalam", false),
        (0x0D80...0x0DFF, "Sinhala", false), (0x0E00...0x0E7F, "Thai", false), (0x0E80...0x0EFF, "Lao", false),
        (0x0F00...0x0FFF, "Tibetan", false), (0x1000...0x109F, "Myanmar", false), (0x1780...0x17FF, "Khmer", false),
    ]

    /// Why the PDF cannot set the script.
    var reason: String {
        isRightToLeft
            ? "a right-to-left script the PDF cannot lay out (its letters would come out disconnected and in the wrong order)"
            : "a script whose letters the PDF cannot shape (they would come out in the wrong form and order)"
    }
}

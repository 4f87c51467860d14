@testable import PDFRenderer

/// Fonts for layout tests: every grapheme is 0.55 em wide and every BMP character is covered.
struct FixedWidthFonts: TextMeasuring {
    func width(of text: String, face: FontFace, size: Double) -> Double {
        Double(text.count) * size * 0.55
    }

    func covers(_ scalar: Unicode.Scalar, face: FontFace) -> Bool { scalar.value <= 0xFFFF }

    func fontName(of face: FontFace) -> String { "Fixed" }
}

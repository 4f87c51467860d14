@testable import PDFRenderer

/// Fonts for layout tests: every grapheme is 0.55 em wide, each face covers every BMP character
/// except CJK ideographs, which the one fallback font covers.
struct FixedWidthFonts: TextMeasuring {
    func width(of text: some StringProtocol, font: FontChoice, size: Double) -> Double {
        Double(text.count) * size * 0.55
    }

    func candidates(for face: FontFace) -> [FontChoice] { [.face(face), .fallback(0)] }

    func covers(_ scalar: Unicode.Scalar, font: FontChoice) -> Bool {
        let ideograph = (0x4E00...0x9FFF).contains(scalar.value)
        return scalar.value <= 0xFFFF && (font == .fallback(0)) == ideograph
    }

    func fontName(of font: FontChoice) -> String { font == .fallback(0) ? "FixedCJK" : "Fixed" }
}

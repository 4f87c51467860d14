/// One of the theme's four type faces.
enum FontFace: Hashable, Sendable, CaseIterable {
    /// Running text.
    case regular
    /// Headings, table headers, strong text.
    case bold
    /// Emphasised text.
    case italic
    /// Strong text inside emphasis, and emphasis inside strong text.
    case boldItalic
}

/// The font that draws a piece of text: the face's own font, or one of the theme's fallback
/// fonts (by position in the chain) for characters the face's font lacks.
enum FontChoice: Hashable, Sendable {
    /// The font of a face.
    case face(FontFace)
    /// The fallback font at this position of the theme's chain.
    case fallback(Int)
}

/// What layout needs to know about fonts: widths and which characters they can show.
///
/// The renderer answers from the theme's font files; tests answer with fixed widths.
protocol TextMeasuring {
    /// The advance width of `text` set in `font` at `size` points.
    func width(of text: some StringProtocol, font: FontChoice, size: Double) -> Double
    /// The fonts to try for text in `face`, in order: the face's own font, then the fallbacks.
    func candidates(for face: FontFace) -> [FontChoice]
    /// True when `font` can draw `scalar`.
    func covers(_ scalar: Unicode.Scalar, font: FontChoice) -> Bool
    /// True when `font` can draw every character of `text`.
    func covers(allOf text: String, font: FontChoice) -> Bool
    /// The font's name, for warnings.
    func fontName(of font: FontChoice) -> String
}

extension TextMeasuring {
    func covers(allOf text: String, font: FontChoice) -> Bool {
        text.unicodeScalars.allSatisfy { covers($0, font: font) }
    }
}

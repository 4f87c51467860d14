/// One of the theme's three type faces.
enum FontFace: Hashable, Sendable, CaseIterable {
    /// Running text.
    case regular
    /// Headings, table headers, strong text.
    case bold
    /// Emphasised text.
    case italic
}

/// What layout needs to know about fonts: widths and which characters they can show.
///
/// The renderer answers with libharu's loaded fonts; tests answer with fixed widths.
protocol TextMeasuring {
    /// The advance width of `text` set in `face` at `size` points.
    func width(of text: String, face: FontFace, size: Double) -> Double
    /// True when `face` can draw `scalar`.
    func covers(_ scalar: Unicode.Scalar, face: FontFace) -> Bool
    /// The font's name, for warnings.
    func fontName(of face: FontFace) -> String
}

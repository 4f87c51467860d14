import ReportDocument

/// `<image src alt decorative width align>`, with its file already loaded and checked.
struct ImageTemplate: Sendable {
    /// The picture, loaded once when the template was loaded.
    var image: ReportImage
    /// What the picture shows; empty when decorative.
    var alt: String
    /// `decorative="true"`.
    var isDecorative: Bool
    /// `width` in points, nil for the picture's own size.
    var width: Double?
    /// `align`: left, center or right.
    var alignment: TextAlignment
}

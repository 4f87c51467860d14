/// A picture standing on its own between other blocks: a logo, a photo, a diagram.
public struct ImageBlock: Sendable, Equatable {
    /// The picture.
    public var image: ReportImage
    /// What the picture shows, for readers who can't see it; empty for a decorative picture.
    public var alt: String
    /// True for a picture that is only decoration: screen readers skip it and the plain text
    /// leaves it out.
    public var isDecorative: Bool
    /// The width in points, or `nil` for the picture's own size (one pixel to one CSS pixel,
    /// 0.75 pt); never wider than the column it stands in. The height follows the aspect ratio.
    public var width: Double?
    /// Where the picture sits across the column.
    public var alignment: TextAlignment
    /// True when the picture should stay on the same page as the block after it.
    public var keepWithNext: Bool

    /// Creates an image block; a decorative picture's alt text is dropped.
    public init(
        image: ReportImage, alt: String, isDecorative: Bool = false, width: Double? = nil,
        alignment: TextAlignment = .leading, keepWithNext: Bool = false
    ) {
        self.image = image
        self.alt = isDecorative ? "" : alt
        self.isDecorative = isDecorative
        self.width = width.flatMap { $0.isFinite && $0 > 0 ? $0 : nil }
        self.alignment = alignment
        self.keepWithNext = keepWithNext
    }

    /// The picture's own width in points: one pixel to one CSS pixel (96 per inch, 0.75 pt).
    public var naturalWidth: Double { Double(image.pixelWidth) * 0.75 }
}

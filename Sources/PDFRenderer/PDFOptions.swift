import Foundation

/// Settings for one ``PDFRenderer`` that are not part of the document itself.
public struct PDFOptions: Sendable {
    /// Written as the PDF's CreationDate and ModDate (in UTC); `nil` writes no dates,
    /// so the same document always gives the same bytes.
    public var creationDate: Date?
    /// The PDF's Creator and Producer entries.
    public var producer: String
    /// When true, text the PDF cannot show (a character no font has, one above U+FFFF, text in
    /// a right-to-left or complex script) makes rendering fail with a ``PDFError`` instead of
    /// being left out with a warning.
    public var strictGlyphs: Bool

    /// Creates options; by default no dates, the producer "CareerReport", and text that cannot
    /// be shown left out with a warning.
    public init(creationDate: Date? = nil, producer: String = "CareerReport", strictGlyphs: Bool = false) {
        self.creationDate = creationDate
        self.producer = producer
        self.strictGlyphs = strictGlyphs
    }
}

import Foundation

/// Settings for one ``PDFRenderer`` that are not part of the document itself.
public struct PDFOptions: Sendable {
    /// Written as the PDF's CreationDate and ModDate (in UTC); `nil` writes no dates,
    /// so the same document always gives the same bytes.
    public var creationDate: Date?
    /// The PDF's Creator and Producer entries.
    public var producer: String

    /// Creates options; by default no dates and the producer "CareerReport".
    public init(creationDate: Date? = nil, producer: String = "CareerReport") {
        self.creationDate = creationDate
        self.producer = producer
    }
}

/// The result of rendering one document: the PDF file and what the reader should know about it.
public struct RenderedPDF: Sendable {
    /// The complete PDF file.
    public var bytes: [UInt8]
    /// The number of pages.
    public var pageCount: Int
    /// Things that did not print as written, for a person to read, for example
    /// `character U+1F600 "😀" is not in the font DejaVuSans and was left out`.
    public var warnings: [String]

    /// Creates a result.
    public init(bytes: [UInt8], pageCount: Int, warnings: [String]) {
        self.bytes = bytes
        self.pageCount = pageCount
        self.warnings = warnings
    }
}

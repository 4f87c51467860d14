/// A file attached to an email, such as the report's PDF.
public struct EmailAttachment: Sendable, Equatable {
    /// The file name the recipient sees; may be non-ASCII (encoded per RFC 2231).
    public var fileName: String
    /// The MIME type, for example `application/pdf`.
    public var contentType: String
    /// The file's bytes.
    public var bytes: [UInt8]

    /// Creates an attachment.
    public init(fileName: String, contentType: String, bytes: [UInt8]) {
        self.fileName = fileName
        self.contentType = contentType
        self.bytes = bytes
    }
}

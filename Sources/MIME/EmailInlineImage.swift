import HTMLRenderer
import ReportDocument

/// A picture the HTML version of an email shows: a part of the `multipart/related` beside the
/// HTML, which points at it with `cid:` (RFC 2392).
public struct EmailInlineImage: Sendable, Equatable {
    /// The Content-ID without angle brackets, as the HTML's `cid:` gives it.
    public var contentID: String
    /// The MIME type, for example `image/png`.
    public var contentType: String
    /// The file name a mail client offers when the picture is saved.
    public var fileName: String
    /// The file's bytes.
    public var bytes: [UInt8]

    /// The part for `image`, with the Content-ID ``HTMLImageLinks/contentIDs`` links to.
    public init(_ image: ReportImage) {
        contentID = HTMLImageLinks.contentID(of: image)
        contentType = image.format.mimeType
        fileName = image.fileName
        bytes = image.bytes
    }
}

/// A complete RFC 5322 message: a text and an HTML version of the same report, the pictures the
/// HTML shows, and attachments.
///
/// Layout: `multipart/mixed` → [`multipart/alternative` → [text/plain (first),
/// `multipart/related` → [text/html, pictures with a Content-ID]], attachments]; without
/// pictures the HTML stands alone, without attachments the alternative part is the whole body
/// (REFERENCE section 4). CRLF line ends,
/// header lines of at most 78 characters, RFC 2047 encoded-words for non-ASCII headers,
/// RFC 2231 file names, quoted-printable text and base64 attachments in 76-character lines.
/// Boundaries contain `=_`, which quoted-printable and base64 can never produce.
/// The output can be piped to `sendmail -t` or opened by a mail client.
public struct EmailMessage: Sendable {
    /// The sender (the counselor or school).
    public var from: MailAddress
    /// The recipient.
    public var to: MailAddress
    /// The subject line.
    public var subject: String
    /// The `Date` header, already formatted by ``EmailDate``.
    public var date: String
    /// The `Message-ID` without angle brackets, `unique@domain`.
    public var messageID: String
    /// The text/plain version.
    public var text: String
    /// The text/html version.
    public var html: String
    /// Files attached after the two versions.
    public var attachments: [EmailAttachment]
    /// The pictures the HTML version shows by `cid:`.
    public var inlineImages: [EmailInlineImage]

    /// Creates a message. Without a `messageID`, one is derived from the content and the sender's
    /// domain, so the same report gives the same message.
    public init(
        from: MailAddress, to: MailAddress, subject: String, date: String, messageID: String? = nil,
        text: String, html: String, attachments: [EmailAttachment] = [], inlineImages: [EmailInlineImage] = []
    ) {
        self.from = from
        self.to = to
        self.subject = subject
        self.date = date
        self.messageID =
            messageID ?? "careerreport.\(StableHash.of([to.address, subject, date, text, html]))@\(from.domain)"
        self.text = text
        self.html = html
        self.attachments = attachments
        self.inlineImages = inlineImages
    }

    /// The message as bytes, ready to send.
    public func bytes() -> [UInt8] {
        let seed = StableHash.of([messageID, subject, text])
        let htmlPart = MIMEPart.leaf(
            contentType: "text/html; charset=utf-8", encoding: "quoted-printable", body: QuotedPrintable.encode(html))
        let alternative = MIMEPart.multipart(
            "alternative", boundary: "=_alt_\(seed)",
            parts: [
                .leaf(
                    contentType: "text/plain; charset=utf-8", encoding: "quoted-printable",
                    body: QuotedPrintable.encode(text)),
                inlineImages.isEmpty
                    ? htmlPart
                    : .multipart(
                        "related", boundary: "=_rel_\(seed)", parts: [htmlPart] + inlineImages.map(Self.part),
                        type: "text/html"),
            ])
        let body: MIMEPart =
            attachments.isEmpty
            ? alternative
            : .multipart(
                "mixed", boundary: "=_mixed_\(seed)",
                parts: [alternative]
                    + attachments.map { file in
                        .leaf(
                            contentType: "\(file.contentType); \(HeaderEncoding.parameter("name", file.fileName))",
                            encoding: "base64", body: Base64.lines(file.bytes),
                            disposition: "attachment; \(HeaderEncoding.parameter("filename", file.fileName))")
                    })
        var message = ""
        message += "From: \(header(from, after: "From: "))\r\n"
        message += "To: \(header(to, after: "To: "))\r\n"
        message += "Subject: \(HeaderEncoding.encode(subject, fieldLength: 9))\r\n"
        message += "Date: \(date)\r\n"
        message += "Message-ID: <\(messageID)>\r\n"
        message += "MIME-Version: 1.0\r\n"
        message += body.serialized()
        return Array(message.utf8)
    }

    /// The part of a picture the HTML shows: base64, inline, with its Content-ID.
    private static func part(_ image: EmailInlineImage) -> MIMEPart {
        .leaf(
            contentType: "\(image.contentType); \(HeaderEncoding.parameter("name", image.fileName))",
            encoding: "base64", body: Base64.lines(image.bytes),
            disposition: "inline; \(HeaderEncoding.parameter("filename", image.fileName))", contentID: image.contentID)
    }

    /// `Name <address>`, with the address on a continuation line when the line would pass 78.
    private func header(_ address: MailAddress, after field: String) -> String {
        guard let name = address.name else { return address.address }
        let display = HeaderEncoding.displayName(name)
        let lastLine = (field + display).split(separator: "\r\n").last ?? ""
        let separator = lastLine.count + 2 + address.address.count + 1 > 78 ? "\r\n " : " "
        return "\(display)\(separator)<\(address.address)>"
    }
}

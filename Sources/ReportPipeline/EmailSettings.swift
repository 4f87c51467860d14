import MIME

/// How `.eml` reports are addressed: the sender, an optional fixed recipient, and whether the
/// PDF goes along as an attachment.
public struct EmailSettings: Sendable {
    /// The sender; required to write `.eml` files.
    public var from: MailAddress?
    /// A recipient for every message; `nil` sends each to the student's own email address.
    public var to: MailAddress?
    /// Attach the PDF report.
    public var attachPDF: Bool

    /// Creates settings.
    public init(from: MailAddress? = nil, to: MailAddress? = nil, attachPDF: Bool = false) {
        self.from = from
        self.to = to
        self.attachPDF = attachPDF
    }
}

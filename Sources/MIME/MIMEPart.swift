/// One part of a MIME message: a leaf with a body, or a multipart holding other parts.
indirect enum MIMEPart {
    /// A body with its type, transfer encoding (already applied), and optional disposition and
    /// Content-ID (without angle brackets).
    case leaf(contentType: String, encoding: String, body: String, disposition: String? = nil, contentID: String? = nil)
    /// `multipart/<subtype>` with the given boundary; `type` is the `type` parameter a
    /// `multipart/related` names its root part's type with (RFC 2387).
    case multipart(String, boundary: String, parts: [MIMEPart], type: String? = nil)

    /// The part's headers and body, CRLF-terminated, as they follow a blank line's parent.
    func serialized() -> String {
        switch self {
        case .leaf(let contentType, let encoding, let body, let disposition, let contentID):
            var headers = "Content-Type: \(contentType)\r\nContent-Transfer-Encoding: \(encoding)\r\n"
            if let contentID { headers += "Content-ID: <\(contentID)>\r\n" }
            if let disposition { headers += "Content-Disposition: \(disposition)\r\n" }
            return Self.folded(headers) + "\r\n" + body
        case .multipart(let subtype, let boundary, let parts, let type):
            let typeParameter = type.map { "; type=\"\($0)\"" } ?? ""
            var text =
                Self.folded("Content-Type: multipart/\(subtype)\(typeParameter); boundary=\"\(boundary)\"\r\n") + "\r\n"
            text += "This is a multi-part message in MIME format.\r\n"
            for part in parts {
                text += "\r\n--\(boundary)\r\n" + part.serialized()
            }
            return text + "\r\n--\(boundary)--\r\n"
        }
    }

    /// Folds header lines longer than 78 characters at "; " separators (RFC 5322 2.2.3).
    static func folded(_ headers: String) -> String {
        headers.split(separator: "\r\n").map { line -> String in
            guard line.count > 78 else { return String(line) }
            return line.split(separator: "; ", omittingEmptySubsequences: false).joined(separator: ";\r\n ")
        }.joined(separator: "\r\n") + "\r\n"
    }
}

/// Quoted-printable (RFC 2045) for text parts: readable in a raw message, safe for 7-bit
/// transport, lines of at most 76 characters, CRLF line ends.
enum QuotedPrintable {
    /// Encodes `text`; its line breaks (LF or CRLF) become CRLF hard breaks.
    static func encode(_ text: String) -> String {
        var output = ""
        let lines = text.replacingAll("\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            output += encodeLine(Array(line.utf8))
            if index < lines.count - 1 { output += "\r\n" }
        }
        return output.hasSuffix("\r\n") ? output : output + "\r\n"
    }

    /// One line, soft-broken with `=` so that no physical line exceeds 76 characters.
    private static func encodeLine(_ bytes: [UInt8]) -> String {
        var output = ""
        var lineLength = 0
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            let literal =
                (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "="))
                || ((byte == 0x20 || byte == 0x09) && !isLast)
            let token = literal ? String(UnicodeScalar(byte)) : "=" + hex(byte)
            // Leave room for a soft break "=" unless this is the last token of the line.
            let limit = isLast ? 76 : 75
            if lineLength + token.count > limit {
                output += "=\r\n"
                lineLength = 0
            }
            output += token
            lineLength += token.count
        }
        return output
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}

/// XML whitespace handling in template text: runs of space, tab, CR and LF become one space.
enum WhitespaceCollapsing {
    /// `text` with every run of XML whitespace replaced by a single space (not trimmed).
    /// Works on UTF-8 bytes (XML whitespace is ASCII) and returns `text` itself when nothing changes.
    static func collapse(_ text: String) -> String {
        var needsWork = false
        var previousWasSpace = false
        for byte in text.utf8 {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D || (byte == 0x20 && previousWasSpace) {
                needsWork = true
                break
            }
            previousWasSpace = byte == 0x20
        }
        guard needsWork else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var inWhitespace = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                if !inWhitespace { bytes.append(0x20) }
                inWhitespace = true
            } else {
                bytes.append(byte)
                inWhitespace = false
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func isXMLWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }
}

extension String {
    /// Without leading and trailing spaces (after whitespace collapsing, the only whitespace left).
    func trimmingSpaces() -> String {
        guard let first = firstIndex(where: { $0 != " " }), let last = lastIndex(where: { $0 != " " }) else {
            return ""
        }
        return String(self[first...last])
    }
}

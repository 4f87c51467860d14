/// XML whitespace handling in template text: runs of space, tab, CR and LF become one space.
enum WhitespaceCollapsing {
    /// `text` with every run of XML whitespace replaced by a single space (not trimmed).
    /// Works on UTF-8 bytes (XML whitespace is ASCII) and returns `text` itself when nothing changes.
    static func collapse(_ text: String) -> String {
        var text = text
        let collapsed = text.withUTF8 { bytes -> String? in
            guard needsWork(bytes) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var inWhitespace = false
            for byte in bytes {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    if !inWhitespace { output.append(0x20) }
                    inWhitespace = true
                } else {
                    output.append(byte)
                    inWhitespace = false
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
        return collapsed ?? text
    }

    /// True when `bytes` hold a tab, a line end or two spaces in a row.
    private static func needsWork(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSpace = false
        for byte in bytes {
            // Most bytes are above the space: one test for them.
            guard byte <= 0x20 else {
                previousWasSpace = false
                continue
            }
            if byte == 0x09 || byte == 0x0A || byte == 0x0D || (byte == 0x20 && previousWasSpace) { return true }
            previousWasSpace = byte == 0x20
        }
        return false
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

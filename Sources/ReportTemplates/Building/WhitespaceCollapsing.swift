/// XML whitespace handling in template text: runs of space, tab, CR and LF become one space.
enum WhitespaceCollapsing {
    /// `text` with every run of XML whitespace replaced by a single space (not trimmed).
    static func collapse(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var inWhitespace = false
        for scalar in text.unicodeScalars {
            if isXMLWhitespace(scalar) {
                if !inWhitespace { result.append(" ") }
                inWhitespace = true
            } else {
                result.unicodeScalars.append(scalar)
                inWhitespace = false
            }
        }
        return result
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

/// Header field values as RFC 5322 and RFC 2047 want them: ASCII as is, anything else as
/// UTF-8 "B" encoded-words of at most 75 characters, folded onto continuation lines.
enum HeaderEncoding {
    /// UTF-8 bytes per encoded-word: 39 bytes make 52 base64 characters, a 64-character word,
    /// which fits on a line after the longest field name we write ("Subject: ") within 78
    /// characters, and within RFC 2047's limit of 75 per word.
    static let bytesPerWord = 39

    /// `text` as one or more encoded-words (or plain when it is printable ASCII), folded with
    /// CRLF + space so that no line, counting the `fieldLength` characters of "Name: ", exceeds 78.
    static func encode(_ text: String, fieldLength: Int) -> String {
        if text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }) && !text.contains("=?")
        {
            return fold(text, fieldLength: fieldLength)
        }
        return encodedWords(text).joined(separator: "\r\n ")
    }

    /// Folds plain text at spaces so that lines stay within 78 characters where words allow.
    private static func fold(_ text: String, fieldLength: Int) -> String {
        var lines: [String] = []
        var line = ""
        var limit = 78 - fieldLength
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !line.isEmpty, line.count + 1 + word.count > limit {
                lines.append(line)
                line = String(word)
                limit = 77
            } else {
                line += (line.isEmpty ? "" : " ") + word
            }
        }
        lines.append(line)
        return lines.joined(separator: "\r\n ")
    }

    /// A display name for an address header: quoted if it has specials, encoded if not ASCII.
    static func displayName(_ name: String) -> String {
        let plain = name.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }
        if !plain || name.contains("=?") { return encodedWords(name).joined(separator: "\r\n ") }
        if name.unicodeScalars.contains(where: { "()<>[]:;@\\,.\"".unicodeScalars.contains($0) }) {
            return "\"" + name.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
        }
        return name
    }

    /// Splits `text` into encoded-words at character boundaries (never inside a UTF-8 sequence).
    static func encodedWords(_ text: String) -> [String] {
        let prefix = "=?UTF-8?B?", suffix = "?="
        let budget = bytesPerWord
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > budget, !chunk.isEmpty {
                words.append(prefix + Base64.encode(chunk) + suffix)
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append(prefix + Base64.encode(chunk) + suffix) }
        return words
    }

    /// A MIME parameter: `name="value"` for ASCII, else RFC 2231 `name*=UTF-8''percent-encoded`.
    static func parameter(_ name: String, _ value: String) -> String {
        let plain = value.unicodeScalars.allSatisfy {
            $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F && $0 != "\"" && $0 != "\\"
        }
        if plain { return "\(name)=\"\(value)\"" }
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
        let encoded = value.utf8.map { unreserved.contains($0) ? String(UnicodeScalar($0)) : "%" + hex($0) }.joined()
        return "\(name)*=UTF-8''\(encoded)"
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

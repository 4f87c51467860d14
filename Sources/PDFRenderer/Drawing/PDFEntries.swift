/// The entries of a PDF dictionary written as PDF syntax (`/S/P/P 12 0 R/K 3`), for objects
/// the renderer writes as text in one piece (see ``HaruObjects/writtenDictionary(_:)``).
struct PDFEntries {
    /// The entries so far.
    private(set) var text = ""

    /// Adds `key` with the name `name` (ASCII letters and digits only).
    mutating func add(_ key: String, name: String) {
        text += "/\(key)/\(name)"
    }

    /// Adds `key` with the whole number `number`.
    mutating func add(_ key: String, number: Int) {
        text += "/\(key) \(number)"
    }

    /// Adds `key` with a reference to the object numbered `object`.
    mutating func add(_ key: String, reference object: UInt32) {
        text += "/\(key) \(object) 0 R"
    }

    /// Adds `key` with the text string `string`.
    mutating func add(_ key: String, text string: String) {
        text += "/\(key)" + Self.textString(string)
    }

    /// Adds `key` with `value`, already in PDF syntax (an array, a dictionary).
    mutating func add(_ key: String, syntax value: String) {
        text += "/\(key)" + (value.first == "[" || value.first == "<" ? "" : " ") + value
    }

    /// `string` as a PDF text string: a literal string when it is printable ASCII (with `\`,
    /// `(` and `)` escaped), else UTF-16 with a byte order mark, in hexadecimal.
    static func textString(_ string: String) -> String {
        if string.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            var literal = "("
            for character in string.unicodeScalars {
                if character == "\\" || character == "(" || character == ")" { literal += "\\" }
                literal.unicodeScalars.append(character)
            }
            return literal + ")"
        }
        let digits = Array("0123456789ABCDEF".unicodeScalars)
        var hex = String.UnicodeScalarView()
        hex.append(contentsOf: "<FEFF".unicodeScalars)
        for unit in string.utf16 {
            for shift in [12, 8, 4, 0] { hex.append(digits[Int((unit >> UInt16(shift)) & 0xF)]) }
        }
        hex.append(">")
        return String(hex)
    }
}

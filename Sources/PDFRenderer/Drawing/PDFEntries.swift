/// The entries of a PDF dictionary written as PDF syntax (`/S/P/P 12 0 R/K 3`) into bytes, for
/// objects the renderer writes as text in one piece (see ``HaruObjects/writtenDictionary(_:)``)
/// and for marked-content operators. Numbers are written digit by digit: string interpolation
/// costs more than the rest of writing the structure tree.
struct PDFEntries {
    /// The bytes so far, without a terminating NUL.
    private(set) var bytes: [UInt8] = []

    /// Creates empty entries with room for `capacity` bytes.
    init(capacity: Int = 64) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends `syntax` as it is.
    mutating func append(_ syntax: StaticString) {
        syntax.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends the name `/name` (ASCII letters and digits only).
    mutating func append(name: String) {
        bytes.append(UInt8(ascii: "/"))
        bytes.append(contentsOf: name.utf8)
    }

    /// Appends the whole number `number`: its digits are appended last first, then turned round.
    mutating func append(number: Int) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        let start = bytes.count
        var value = number.magnitude
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
            value /= 10
        } while value > 0
        bytes[start...].reverse()
    }

    /// Appends a reference to the object numbered `object` (`12 0 R`).
    mutating func append(reference object: UInt32) {
        append(number: Int(object))
        append(" 0 R")
    }

    /// Appends `string` as a PDF text string: a literal string when it is printable ASCII (with
    /// `\`, `(` and `)` escaped), else UTF-16 with a byte order mark, in hexadecimal.
    mutating func append(text string: String) {
        if string.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            bytes.append(UInt8(ascii: "("))
            for byte in string.utf8 {
                if byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") {
                    bytes.append(UInt8(ascii: "\\"))
                }
                bytes.append(byte)
            }
            bytes.append(UInt8(ascii: ")"))
            return
        }
        append("<FEFF")
        let digits: StaticString = "0123456789ABCDEF"
        for unit in string.utf16 {
            for shift in [12, 8, 4, 0] as [UInt16] {
                bytes.append(digits.utf8Start[Int((unit >> shift) & 0xF)])
            }
        }
        bytes.append(UInt8(ascii: ">"))
    }
}

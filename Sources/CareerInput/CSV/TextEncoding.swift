/// The text encodings a CSV file (a roster, a form's answers) may be saved in, and how each is recognised.
///
/// A byte-order mark decides UTF-8 with BOM and UTF-16 (little or big endian); otherwise the
/// whole file is checked as UTF-8 and, if that fails, read as Windows-1252 (what spreadsheets
/// on Windows save), which the caller must warn about.
public enum TextEncoding: String, Sendable, Codable {
    /// UTF-8 without a byte-order mark.
    case utf8 = "UTF-8"
    /// UTF-8 starting with the byte-order mark EF BB BF.
    case utf8WithBOM = "UTF-8 with BOM"
    /// UTF-16 little endian, starting with FF FE.
    case utf16LittleEndian = "UTF-16 LE"
    /// UTF-16 big endian, starting with FE FF.
    case utf16BigEndian = "UTF-16 BE"
    /// Windows-1252, the fallback when the file is not valid UTF-8.
    case windows1252 = "Windows-1252"

    /// The length of the byte-order mark the encoding starts with.
    var byteOrderMarkLength: Int {
        switch self {
        case .utf8, .windows1252: 0
        case .utf8WithBOM: 3
        case .utf16LittleEndian, .utf16BigEndian: 2
        }
    }

    /// What a file is: its encoding and a fingerprint of its bytes (to tell runs of the same
    /// roster apart from runs of another). Reads the file once, in bounded memory.
    public static func sniff(path: String) throws(InputError) -> (encoding: TextEncoding, fingerprint: UInt64) {
        var bytes = try ByteReader(path: path)
        var head: [UInt8] = []
        while head.count < 3, let byte = bytes.next() { head.append(byte) }
        let encoding: TextEncoding
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            encoding = .utf8WithBOM
        } else if head.starts(with: [0xFF, 0xFE]) {
            encoding = .utf16LittleEndian
        } else if head.starts(with: [0xFE, 0xFF]) {
            encoding = .utf16BigEndian
        } else {
            encoding = .utf8
        }
        // Check the rest of the file by decoding it all once.
        var scalars = try ScalarReader(path: path, encoding: encoding)
        var sawNUL = false
        while let scalar = scalars.next() {
            if scalar == "\u{0}" { sawNUL = true }
        }
        if let failure = scalars.failure { throw InputError(file: path, message: failure) }
        if sawNUL {
            throw InputError(
                file: path,
                message:
                    "the file contains NUL bytes, so it is not a text file (UTF-16 without a byte-order mark?); save it as CSV UTF-8"
            )
        }
        if scalars.sawInvalidBytes {
            guard encoding == .utf8 else {
                throw InputError(
                    file: path,
                    message:
                        "the file says it is \(encoding.rawValue) but has invalid bytes; save it again as CSV UTF-8")
            }
            return (.windows1252, scalars.fingerprint)
        }
        return (encoding, scalars.fingerprint)
    }
}

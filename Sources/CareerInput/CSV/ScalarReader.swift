/// Decodes a file into Unicode scalars as it is read, in any ``TextEncoding``.
public struct ScalarReader: IteratorProtocol {
    private let encoding: TextEncoding
    /// The bytes, paired into UTF-16 units when the encoding is UTF-16.
    private var units: UTF16Units
    // The codecs keep bytes they read ahead, so they live as long as the reader.
    private var utf8 = UTF8()
    private var utf16 = UTF16()
    /// True once a byte sequence was not valid in the encoding (it is read as U+FFFD).
    public private(set) var sawInvalidBytes = false

    /// Opens `path` and skips the encoding's byte-order mark.
    public init(path: String, encoding: TextEncoding) throws(InputError) {
        var bytes = try ByteReader(path: path)
        bytes.skip(encoding.byteOrderMarkLength)
        self.encoding = encoding
        units = UTF16Units(bytes: bytes, bigEndian: encoding == .utf16BigEndian)
    }

    /// FNV-1a hash of the file's bytes read so far (the whole file once `next()` returned `nil`).
    public var fingerprint: UInt64 { units.bytes.fingerprint }

    /// Why reading stopped early, if it did.
    public var failure: String? { units.bytes.failure }

    public mutating func next() -> Unicode.Scalar? {
        let result: UnicodeDecodingResult
        switch encoding {
        case .utf8, .utf8WithBOM: result = utf8.decode(&units.bytes)
        case .utf16LittleEndian, .utf16BigEndian: result = utf16.decode(&units)
        case .windows1252: return units.bytes.next().map(Self.windows1252)
        }
        switch result {
        case .scalarValue(let scalar): return scalar
        case .emptyInput: return nil
        case .error:
            sawInvalidBytes = true
            return "\u{FFFD}"
        }
    }

    /// Windows-1252 differs from Latin-1 only in 0x80-0x9F; its five unassigned bytes keep
    /// their C1 control code points, as the WHATWG encoding standard does.
    private static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        return Unicode.Scalar(windows1252High[Int(byte) - 0x80]) ?? "\u{FFFD}"
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]
}

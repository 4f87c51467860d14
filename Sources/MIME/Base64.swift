/// Base64 (RFC 4648) for MIME: whole-body encoding in lines of 76 characters.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// `bytes` encoded on one line.
    static func encode(_ bytes: some Collection<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var iterator = bytes.makeIterator()
        while let first = iterator.next() {
            let second = iterator.next(), third = iterator.next()
            let value = UInt32(first) << 16 | UInt32(second ?? 0) << 8 | UInt32(third ?? 0)
            output.append(alphabet[Int(value >> 18 & 63)])
            output.append(alphabet[Int(value >> 12 & 63)])
            output.append(second == nil ? UInt8(ascii: "=") : alphabet[Int(value >> 6 & 63)])
            output.append(third == nil ? UInt8(ascii: "=") : alphabet[Int(value & 63)])
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `bytes` encoded in CRLF-terminated lines of at most 76 characters (RFC 2045).
    static func lines(_ bytes: some Collection<UInt8>) -> String {
        let encoded = Array(encode(bytes).utf8)
        var text = ""
        var start = 0
        while start < encoded.count {
            let end = min(start + 76, encoded.count)
            text += String(decoding: encoded[start..<end], as: UTF8.self) + "\r\n"
            start = end
        }
        return text
    }
}

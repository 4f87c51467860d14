/// A short hash that is the same on every run and machine (FNV-1a, 64 bits), for Message-IDs and
/// MIME boundaries: the same report gives the same message bytes.
enum StableHash {
    /// 16 hexadecimal digits hashing `parts` in order.
    static func of(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            hash ^= 0xFF
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let text = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}

/// A PNG file made in memory for a test: any colour type, bit depth, palette, transparency
/// chunk and interlacing, with uncompressed ("stored") deflate blocks so the encoder stays small.
public struct TestPNG: Sendable {
    /// The PNG colour types.
    public enum Kind: UInt8, Sendable {
        case gray = 0
        case rgb = 2
        case palette = 3
        case grayAlpha = 4
        case rgba = 6

        /// Samples per pixel in the file.
        public var channels: Int {
            switch self {
            case .gray, .palette: 1
            case .grayAlpha: 2
            case .rgb: 3
            case .rgba: 4
            }
        }
    }

    /// Size in pixels.
    public var width: Int
    public var height: Int
    /// The colour type.
    public var kind: Kind
    /// Bits per sample: 1, 2, 4, 8 or 16 (as the colour type allows).
    public var bitDepth: Int
    /// Adam7 interlacing.
    public var interlaced: Bool
    /// PLTE entries (red, green, blue) for a palette image.
    public var palette: [[UInt8]]
    /// The tRNS chunk's bytes, if any (per palette entry, or one gray / RGB value in 16 bits).
    public var transparency: [UInt8]?
    /// The samples of pixel (x, y), in the file's range (0 ... 2^bitDepth - 1), or a palette index.
    public var samples: @Sendable (Int, Int) -> [Int]

    /// Describes a PNG; `bytes` encodes it.
    public init(
        width: Int, height: Int, kind: Kind, bitDepth: Int = 8, interlaced: Bool = false, palette: [[UInt8]] = [],
        transparency: [UInt8]? = nil, samples: @escaping @Sendable (Int, Int) -> [Int]
    ) {
        self.width = width
        self.height = height
        self.kind = kind
        self.bitDepth = bitDepth
        self.interlaced = interlaced
        self.palette = palette
        self.transparency = transparency
        self.samples = samples
    }

    /// The PNG file.
    public var bytes: [UInt8] { bytes(claimingWidth: width, height: height) }

    /// The PNG file with a header that claims another size than its pixel data has: a reader must
    /// refuse a huge size from the header alone, before decoding anything.
    public func bytes(claimingWidth claimedWidth: Int, height claimedHeight: Int) -> [UInt8] {
        var header: [UInt8] = []
        header += Self.bigEndian(UInt32(claimedWidth)) + Self.bigEndian(UInt32(claimedHeight))
        header += [UInt8(bitDepth), kind.rawValue, 0, 0, interlaced ? 1 : 0]
        var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        file += Self.chunk("IHDR", header)
        if kind == .palette { file += Self.chunk("PLTE", palette.flatMap { $0 }) }
        if let transparency { file += Self.chunk("tRNS", transparency) }
        file += Self.chunk("IDAT", Self.zlibStored(scanlines()))
        file += Self.chunk("IEND", [])
        return file
    }

    /// The filtered scanlines (filter type 0), pass by pass when interlaced.
    private func scanlines() -> [UInt8] {
        let passes: [(x: Int, y: Int, dx: Int, dy: Int)] =
            interlaced
            ? [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
            : [(0, 0, 1, 1)]
        var data: [UInt8] = []
        for pass in passes {
            let xs = Array(stride(from: pass.x, to: width, by: pass.dx))
            guard !xs.isEmpty else { continue }
            for y in stride(from: pass.y, to: height, by: pass.dy) {
                data.append(0)
                data += packed(xs.flatMap { samples($0, y) })
            }
        }
        return data
    }

    /// `values` packed at ``bitDepth`` bits, most significant first, the row padded to a byte.
    private func packed(_ values: [Int]) -> [UInt8] {
        switch bitDepth {
        case 16: return values.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        case 8: return values.map { UInt8($0) }
        default:
            var bytes: [UInt8] = []
            var current = 0
            var used = 0
            for value in values {
                current = current << bitDepth | value
                used += bitDepth
                if used == 8 {
                    bytes.append(UInt8(current))
                    (current, used) = (0, 0)
                }
            }
            if used > 0 { bytes.append(UInt8(current << (8 - used))) }
            return bytes
        }
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
    }

    /// A zlib stream of stored (uncompressed) deflate blocks.
    private static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let count = min(65_535, data.count - offset)
            let final: UInt8 = offset + count == data.count ? 1 : 0
            out += [final, UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8(~count >> 8 & 0xFF)]
            out += data[offset..<offset + count]
            offset += count
        } while offset < data.count
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return out + bigEndian(b << 16 | a)
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        }
        return ~crc
    }
}

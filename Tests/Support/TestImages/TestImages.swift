import Foundation
import ReportDocument

/// Pictures the tests share: PNGs made in memory, with the 8-bit pixels they must decode to,
/// and the JPEG fixtures in `Fixtures/` (made by `Fixtures/make-jpegs.c`).
public enum TestImages {
    /// 40 x 30, 8-bit RGBA: the left half opaque red, the right half blue, fully transparent in
    /// the top half and half transparent in the bottom half.
    public static let badge = TestPNG(width: 40, height: 30, kind: .rgba) { x, y in
        x < 20 ? [255, 0, 0, 255] : [0, 0, 255, y < 15 ? 0 : 128]
    }

    /// 32 x 32, 16-bit gray: every sample 0x8080, which is 128 in 8 bits (libharu 2.3.0 draws
    /// 16-bit files as stripes).
    public static let gray16 = TestPNG(width: 32, height: 32, kind: .gray, bitDepth: 16) { _, _ in [0x8080] }

    /// 24 x 16, 16-bit RGB: green (0, 0xC0C0, 0) in the top half, white below.
    public static let rgb16 = TestPNG(width: 24, height: 16, kind: .rgb, bitDepth: 16) { _, y in
        y < 8 ? [0, 0xC0C0, 0] : [0xFFFF, 0xFFFF, 0xFFFF]
    }

    /// 20 x 20, 4-bit palette of three colours; index 0 is fully transparent (tRNS).
    public static let palette = TestPNG(
        width: 20, height: 20, kind: .palette, bitDepth: 4, palette: [[0, 0, 0], [255, 128, 0], [0, 128, 255]],
        transparency: [0]
    ) { x, y in [x < 5 ? 0 : (x + y) % 2 + 1] }

    /// `badge`, interlaced (Adam7).
    public static var interlacedBadge: TestPNG {
        var png = badge
        png.interlaced = true
        return png
    }

    /// The pixels `png` must decode to: 8 bits per sample (16-bit samples scaled with rounding,
    /// lower depths stretched), palettes looked up, transparency as alpha, alpha dropped when
    /// every pixel is opaque.
    public static func expectedPixels(of png: TestPNG) -> ImagePixels {
        var color: [UInt8] = []
        var alpha: [UInt8] = []
        let maximum = (1 << png.bitDepth) - 1
        func eight(_ value: Int) -> UInt8 {
            png.bitDepth == 16 ? UInt8((value * 255 + 32_895) >> 16) : UInt8(value * 255 / maximum)
        }
        let isColor = png.kind == .rgb || png.kind == .rgba || png.kind == .palette
        for y in 0..<png.height {
            for x in 0..<png.width {
                let samples = png.samples(x, y)
                switch png.kind {
                case .palette:
                    color += png.palette[samples[0]]
                    let table = png.transparency ?? []
                    alpha.append(samples[0] < table.count ? table[samples[0]] : 255)
                case .gray, .rgb:
                    color += samples.map(eight)
                    alpha.append(255)
                case .grayAlpha, .rgba:
                    color += samples.dropLast().map(eight)
                    alpha.append(eight(samples[samples.count - 1]))
                }
            }
        }
        return ImagePixels(isColor: isColor, color: color, alpha: alpha.allSatisfy { $0 == 255 } ? nil : alpha)
    }

    /// `png` as a report image, with its expected pixels.
    public static func reportImage(_ png: TestPNG, name: String = "test") -> ReportImage {
        ReportImage(
            png: png.bytes, pixelWidth: png.width, pixelHeight: png.height, pixels: expectedPixels(of: png),
            name: name)
    }

    /// The bytes of a JPEG fixture: `photo.jpg` (64 x 48 colour), `gray.jpg` (32 x 32),
    /// `progressive.jpg` (48 x 32 colour) or `cmyk.jpg` (16 x 16).
    public static func jpeg(_ name: String) -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
        return (try? [UInt8](Data(contentsOf: url))) ?? []
    }

    /// `photo.jpg` as a report image.
    public static var photo: ReportImage {
        ReportImage(jpeg: jpeg("photo.jpg"), pixelWidth: 64, pixelHeight: 48, name: "photo")
    }
}

internal import CLibPNG
import ReportDocument

/// Reads PNG files with libpng: the header alone (cheap, to check the size before decoding),
/// then every pixel, which also checks every chunk of the file.
enum PNGReading {
    /// What the header says.
    struct Header: Equatable {
        /// Size in pixels.
        var width: Int
        var height: Int
        /// 8-bit channels per decoded pixel: 1 gray, 2 gray and alpha, 3 RGB, 4 RGB and alpha.
        var channels: Int
        /// Bits per sample as stored (1, 2, 4, 8 or 16).
        var bitDepth: Int
        /// True for an interlaced (Adam7) file.
        var isInterlaced: Bool
    }

    /// The header of the PNG in `bytes`.
    static func header(_ bytes: [UInt8]) -> Result<Header, ImageProblem> {
        var info = crpng_info()
        let ok = bytes.withUnsafeBufferPointer { crpng_read($0.baseAddress, $0.count, nil, &info) }
        guard ok == 1 else { return .failure(damaged(info)) }
        return .success(
            Header(
                width: Int(info.width), height: Int(info.height), channels: Int(info.channels),
                bitDepth: Int(info.bit_depth), isInterlaced: info.interlaced != 0))
    }

    /// Every pixel of the PNG in `bytes` (whose header is `header`), 8 bits per sample, with
    /// the alpha channel split off (and left out when every pixel is opaque).
    static func pixels(_ bytes: [UInt8], header: Header) -> Result<ImagePixels, ImageProblem> {
        let channels = header.channels
        guard (1...4).contains(channels) else {
            return .failure(ImageProblem(message: "is a kind of PNG this tool can't read; save it again as PNG"))
        }
        var samples = [UInt8](repeating: 0, count: header.width * header.height * channels)
        var info = crpng_info()
        let ok = bytes.withUnsafeBufferPointer { source in
            samples.withUnsafeMutableBufferPointer {
                crpng_read(source.baseAddress, source.count, $0.baseAddress, &info)
            }
        }
        guard ok == 1 else { return .failure(damaged(info)) }
        let hasAlpha = channels == 2 || channels == 4
        guard hasAlpha else { return .success(ImagePixels(isColor: channels == 3, color: samples, alpha: nil)) }
        let colorChannels = channels - 1
        let count = header.width * header.height
        var color = [UInt8](repeating: 0, count: count * colorChannels)
        var alpha = [UInt8](repeating: 0, count: count)
        samples.withUnsafeBufferPointer { samples in
            color.withUnsafeMutableBufferPointer { color in
                alpha.withUnsafeMutableBufferPointer { alpha in
                    for pixel in 0..<count {
                        for channel in 0..<colorChannels {
                            color[pixel * colorChannels + channel] = samples[pixel * channels + channel]
                        }
                        alpha[pixel] = samples[pixel * channels + colorChannels]
                    }
                }
            }
        }
        let opaque = alpha.allSatisfy { $0 == 255 }
        return .success(ImagePixels(isColor: colorChannels == 3, color: color, alpha: opaque ? nil : alpha))
    }

    private static func damaged(_ info: crpng_info) -> ImageProblem {
        let reason = withUnsafeBytes(of: info.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        return ImageProblem(
            message: "is a damaged PNG file that can't be read (libpng says: \(reason)); export or save it again")
    }
}

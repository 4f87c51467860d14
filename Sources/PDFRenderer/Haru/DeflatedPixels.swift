internal import CHaru
import ReportDocument
import Synchronization

/// A picture's 8-bit samples compressed as zlib streams, as a PDF's FlateDecode reads them.
struct DeflatedPixels: Sendable {
    /// True for RGB samples, false for gray.
    var isColor: Bool
    /// The colour samples, compressed.
    var color: [UInt8]
    /// The opacity samples, compressed; nil when every pixel is opaque.
    var alpha: [UInt8]?

    /// The samples of `image` compressed, from `caches` when compressed before.
    ///
    /// Compressing is most of the cost of putting a picture in a PDF, and a batch draws the same
    /// picture in every report, so each is compressed once per ``PDFCaches``. Keyed by file name, which
    /// names the bytes; at most 32 pictures are kept.
    /// - Throws: ``PDFError`` when zlib runs out of memory.
    static func of(_ image: ReportImage, _ pixels: ImagePixels, caches: PDFCaches) throws(PDFError) -> DeflatedPixels {
        if let known = caches.pictures.withLock({ $0[image.fileName] }) { return known }
        let made = DeflatedPixels(
            isColor: pixels.isColor, color: try deflate(pixels.color, image),
            alpha: try pixels.alpha.map { samples throws(PDFError) in try deflate(samples, image) })
        caches.pictures.withLock { cache in
            if cache.count >= PDFCaches.pictureLimit { cache.removeAll() }
            cache[image.fileName] = made
        }
        return made
    }

    /// `samples` as one zlib stream, compressed as well as zlib can.
    private static func deflate(_ samples: [UInt8], _ image: ReportImage) throws(PDFError) -> [UInt8] {
        var size = compressBound(uLong(samples.count))
        var out = [UInt8](repeating: 0, count: Int(size))
        let status = samples.withUnsafeBufferPointer { source in
            out.withUnsafeMutableBufferPointer { target in
                compress2(target.baseAddress, &size, source.baseAddress, uLong(source.count), Z_BEST_COMPRESSION)
            }
        }
        // compressBound is always enough, so compress2 can only fail for lack of memory.
        guard status == Z_OK else {
            throw PDFError(
                operation: "compress the image \(image.fileName)", reason: .compressionFailed(status: status))
        }
        return Array(out.prefix(Int(size)))
    }
}

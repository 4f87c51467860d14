internal import CHaru
import ReportDocument

/// An image embedded in a ``HaruDocument`` (a PDF image XObject), drawn by reference.
struct HaruImage {
    /// The libharu handle; valid while the document lives.
    let handle: HPDF_Image
}

extension HaruDocument {
    /// Embeds `image`: a JPEG as it is; a PNG as its decoded 8-bit pixels, compressed once per
    /// ``PDFCaches`` (``DeflatedPixels``), with its opacity as a soft mask when it has any transparency.
    ///
    /// Decoded pixels sidestep libharu's own PNG reader, which draws 16-bit files corrupted.
    func embed(_ image: ReportImage, caches: PDFCaches) throws(PDFError) -> HaruImage {
        let operation = "embed the image \(image.fileName)"
        guard let pixels = image.pixels else {
            let handle = image.bytes.withUnsafeBufferPointer { bytes in
                HPDF_LoadJpegImageFromMem(self.handle, bytes.baseAddress, HPDF_UINT(bytes.count))
            }
            return HaruImage(handle: try require(handle, operation))
        }
        let width = image.pixelWidth
        let height = image.pixelHeight
        guard width > 0, height > 0, pixels.color.count == width * height * (pixels.isColor ? 3 : 1),
            pixels.alpha.map({ $0.count == width * height }) ?? true
        else {
            throw PDFError(operation: operation, reason: .imageSizeMismatch(width: width, height: height))
        }
        let deflated = try DeflatedPixels.of(image, pixels, caches: caches)
        let color = try load(deflated.color, width: width, height: height, isColor: deflated.isColor, operation)
        if let alpha = deflated.alpha {
            let mask = try load(alpha, width: width, height: height, isColor: false, operation)
            try check(HPDF_Image_AddSMask(color, mask), operation)
            charu_require_pdf_1_4(handle)
        }
        return HaruImage(handle: color)
    }

    /// An 8-bit image whose samples are `deflated` (a zlib stream), stored as it is.
    private func load(
        _ deflated: [UInt8], width: Int, height: Int, isColor: Bool, _ operation: String
    ) throws(PDFError) -> HPDF_Image {
        let handle = deflated.withUnsafeBufferPointer { data in
            charu_load_deflated_image(
                self.handle, data.baseAddress, HPDF_UINT(data.count), HPDF_UINT(width), HPDF_UINT(height),
                isColor ? HPDF_TRUE : HPDF_FALSE)
        }
        return try require(handle, operation)
    }
}

extension HaruPage {
    /// Draws `image` scaled into the rectangle whose bottom-left corner is (`x`, `y`).
    func draw(_ image: HaruImage, x: Double, y: Double, width: Double, height: Double) throws(PDFError) {
        try document.check(
            HPDF_Page_DrawImage(handle, image.handle, Float(x), Float(y), Float(width), Float(height)), "draw image")
    }
}

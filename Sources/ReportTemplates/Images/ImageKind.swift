import ReportDocument

/// What an image file is, from its first bytes (its "magic number"), whatever its name says.
enum ImageKind: Equatable {
    /// A format reports can carry.
    case supported(ImageFormat)
    /// A known format that reports can't carry, by its common name (`a GIF image`).
    case unsupported(String)
    /// Nothing recognisable.
    case unknown

    /// The kind of the file starting with `bytes`.
    init(sniffing bytes: [UInt8]) {
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + prefix.count && Array(bytes[offset..<offset + prefix.count]) == prefix
        }
        func ascii(_ text: String, at offset: Int = 0) -> Bool { starts(Array(text.utf8), at: offset) }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = .supported(.png)
        } else if starts([0xFF, 0xD8, 0xFF]) {
            self = .supported(.jpeg)
        } else if ascii("GIF87a") || ascii("GIF89a") {
            self = .unsupported("a GIF image")
        } else if ascii("RIFF") && ascii("WEBP", at: 8) {
            self = .unsupported("a WebP image")
        } else if ascii("ftypavif", at: 4) || ascii("ftypavis", at: 4) {
            self = .unsupported("an AVIF image")
        } else if ascii("ftyphei", at: 4) || ascii("ftypmif1", at: 4) || ascii("ftyphev", at: 4) {
            self = .unsupported("a HEIC image (as iPhones save photos)")
        } else if ascii("BM") && bytes.count > 26 {
            self = .unsupported("a BMP image")
        } else if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) {
            self = .unsupported("a TIFF image")
        } else if starts([0x00, 0x00, 0x01, 0x00]) {
            self = .unsupported("an icon (.ico) file")
        } else if ascii("%PDF") {
            self = .unsupported("a PDF document")
        } else if String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased().contains("<svg") {
            self = .unsupported("an SVG drawing")
        } else {
            self = .unknown
        }
    }
}

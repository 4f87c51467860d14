/// A picture a template places in reports: the image file's bytes exactly as read, and what
/// was learned decoding it.
///
/// Loaded and checked once, when the template is loaded, and shared by every report bound from
/// it: copies share their storage, so a batch of 10,000 reports holds the bytes once.
public struct ReportImage: Sendable, Equatable {
    /// How the bytes are encoded.
    public let format: ImageFormat
    /// The file's bytes, unchanged: what the HTML links to and the email carries.
    public let bytes: [UInt8]
    /// Width in pixels.
    public let pixelWidth: Int
    /// Height in pixels.
    public let pixelHeight: Int
    /// A PNG's pixels decoded to 8 bits per sample, for print; `nil` exactly for a JPEG, which a
    /// PDF embeds as it is.
    public let pixels: ImagePixels?
    /// The name the image goes by outside the report (a file beside an HTML report, a part of
    /// an email): `<name>-<16 hex digits of a hash of the bytes>.png` or `.jpg`, made of
    /// lowercase ASCII letters, digits, `-`, `_` and `.` only, and never naming a student.
    /// Equal bytes give equal names; different bytes, different ones.
    public let fileName: String

    /// A PNG image: the file's `bytes`, its size and its decoded `pixels`. `name` (for example
    /// the source file's name without its extension) starts ``fileName`` after everything but
    /// ASCII letters, digits, `-` and `_` is left out.
    public init(png bytes: [UInt8], pixelWidth: Int, pixelHeight: Int, pixels: ImagePixels, name: String) {
        self.init(
            format: .png, bytes: bytes, pixelWidth: pixelWidth, pixelHeight: pixelHeight, pixels: pixels, name: name)
    }

    /// A JPEG image: the file's `bytes` and its size; `name` as for a PNG.
    public init(jpeg bytes: [UInt8], pixelWidth: Int, pixelHeight: Int, name: String) {
        self.init(
            format: .jpeg, bytes: bytes, pixelWidth: pixelWidth, pixelHeight: pixelHeight, pixels: nil, name: name)
    }

    private init(
        format: ImageFormat, bytes: [UInt8], pixelWidth: Int, pixelHeight: Int, pixels: ImagePixels?, name: String
    ) {
        self.format = format
        self.bytes = bytes
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
        self.pixels = pixels
        fileName = "\(Self.safeStem(name))-\(Self.contentHash(bytes)).\(format.fileExtension)"
    }

    /// Height divided by width; 1 for an image without pixels.
    public var aspectRatio: Double {
        pixelWidth > 0 && pixelHeight > 0 ? Double(pixelHeight) / Double(pixelWidth) : 1
    }

    /// `name` cut down to at most 24 ASCII letters, digits, `-` and `_`, lowercased (so that email
    /// headers naming the file stay short); `image` when nothing is left.
    private static func safeStem(_ name: String) -> String {
        let kept = name.lowercased().unicodeScalars.filter { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
        }
        let stem = String(String.UnicodeScalarView(kept.prefix(24)))
        return stem.isEmpty ? "image" : stem
    }

    /// FNV-1a (64 bits) of `bytes` as 16 hexadecimal digits: the same on every run and machine.
    private static func contentHash(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let text = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}

/// The image file formats reports can carry.
public enum ImageFormat: String, Sendable, Equatable, CaseIterable {
    /// Portable Network Graphics: drawings and logos, with transparency.
    case png
    /// JPEG: photographs.
    case jpeg

    /// The MIME type, for example `image/png`.
    public var mimeType: String {
        switch self {
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        }
    }

    /// The file name extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .png: "png"
        case .jpeg: "jpg"
        }
    }
}

/// A picture's pixels, 8 bits per sample, rows from top to bottom.
public struct ImagePixels: Sendable, Equatable {
    /// True for red, green and blue samples; false for one gray sample per pixel.
    public let isColor: Bool
    /// The colour samples: 3 (red, green, blue) or 1 (gray) per pixel.
    public let color: [UInt8]
    /// One opacity sample per pixel (0 transparent, 255 opaque); `nil` when every pixel is opaque.
    public let alpha: [UInt8]?

    /// Creates pixels; `color` holds 3 samples per pixel when `isColor`, else 1.
    public init(isColor: Bool, color: [UInt8], alpha: [UInt8]?) {
        self.isColor = isColor
        self.color = color
        self.alpha = alpha
    }
}

import Glibc

/// Why a PDF could not be rendered: the operation that failed, the reason, and what a person
/// can do about it.
public struct PDFError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Why an operation failed.
    public enum Reason: Sendable, Equatable {
        /// libharu failed with its error `code` (`HPDF_STATUS`) and `detail` (often an `errno` value).
        case libharu(code: UInt, detail: UInt)
        /// A font file is missing or can't be read (`errno`, 0 when unknown).
        case fontUnreadable(errno: Int32)
        /// A font file is not a TrueType font with glyf outlines.
        case notTrueType
        /// HarfBuzz could not cut a font down to the characters drawn.
        case subsetFailed
        /// HarfBuzz wrote a subset without readable glyph tables.
        case subsetUnreadable
        /// Memory ran out (in HarfBuzz, libdeflate or libharu).
        case outOfMemory
        /// zlib could not compress a picture (its status).
        case compressionFailed(status: Int32)
        /// A picture's pixels do not match its size: a bug.
        case imageSizeMismatch(width: Int, height: Int)
        /// With strict glyph checking, text the fonts can't show (each problem as the log words it).
        case missingGlyphs([String])
    }

    /// The operation that failed, for example `load font /usr/share/fonts/x.ttf`.
    public var operation: String
    /// Why it failed.
    public var reason: Reason

    /// Creates an error.
    public init(operation: String, reason: Reason) {
        self.operation = operation
        self.reason = reason
    }

    /// What went wrong and what to do about it, in words, chosen by ``reason``.
    public var message: String {
        let fontAdvice =
            "install fonts-dejavu-core and fonts-dejavu-extra or set fonts.regular, fonts.bold, fonts.italic and fonts.boldItalic in the theme"
        switch reason {
        case .libharu(let code, _):
            return Self.advice(libharu: code, fontAdvice: fontAdvice)
        case .fontUnreadable(let number):
            let cause = number > 0 ? " (\(String(cString: strerror(number))))" : ""
            return "font file missing or unreadable\(cause): \(fontAdvice)"
        case .notTrueType:
            return
                "not a usable TrueType font (libharu needs a .ttf with glyf outlines, not CFF/OpenType or a collection): \(fontAdvice)"
        case .subsetFailed:
            return "HarfBuzz could not subset the font; choose another TrueType font in the theme"
        case .subsetUnreadable:
            return "HarfBuzz wrote a subset without readable glyph tables"
        case .outOfMemory:
            return "out of memory while building the PDF"
        case .compressionFailed(let status):
            return "zlib ran out of memory (status \(status)); close other programs or use a smaller picture"
        case .imageSizeMismatch(let width, let height):
            return "the image's pixels do not match its size of \(width) x \(height); this is a bug, please report it"
        case .missingGlyphs(let problems):
            return problems.joined(separator: "; ")
                + " (strict glyph checking is on: change the text, or add a font that has these characters to fonts.fallback in the theme)"
        }
    }

    /// One line: `PDF: set font X failed (libharu error 0x1050, detail 0): ...`, or without the
    /// codes when libharu did not fail.
    public var description: String {
        guard case .libharu(let code, let detail) = reason else { return "PDF: \(operation) failed: \(message)" }
        let hex = "0x" + String(code, radix: 16, uppercase: true)
        return "PDF: \(operation) failed (libharu error \(hex), detail \(detail)): \(message)"
    }

    /// What a person can do about libharu error `code`.
    private static func advice(libharu code: UInt, fontAdvice: String) -> String {
        switch code {
        case 0x1016, 0x1017:
            return "a file could not be opened or read"
        case 0x1060, 0x105E, 0x105F, 0x1061, 0x1031, 0x103F:
            return
                "not a usable TrueType font (libharu needs a .ttf with glyf outlines, not CFF/OpenType or a collection): \(fontAdvice)"
        case 0x105D:
            return "the font's licence forbids embedding it in a PDF: choose another font in the theme"
        case 0x1015:
            return "out of memory while building the PDF"
        case 0x1054, 0x1039, 0x1057:
            return "a size or position is out of range: check the theme's sizes and spacing"
        default:
            return
                "libharu rejected the operation; this is a bug in CareerReport's PDF renderer, please report it with the document that caused it"
        }
    }
}

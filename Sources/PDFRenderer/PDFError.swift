/// Why a PDF could not be rendered: the libharu operation that failed, its error code,
/// and what a person can do about it.
public struct PDFError: Error, Sendable, CustomStringConvertible {
    /// The operation that failed, for example `load font /usr/share/fonts/x.ttf`.
    public var operation: String
    /// libharu's error code (`HPDF_STATUS`), 0 when the failure was found before calling libharu.
    public var code: UInt
    /// libharu's detail code (often an `errno` value), 0 for none.
    public var detail: UInt
    /// What went wrong and what to do about it, in words.
    public var message: String

    /// Creates an error.
    public init(operation: String, code: UInt, detail: UInt, message: String) {
        self.operation = operation
        self.code = code
        self.detail = detail
        self.message = message
    }

    /// One line: `PDF: load font /x.ttf failed (libharu error 0x1017, detail 2): font file ...`,
    /// or without the codes when the failure was found before calling libharu.
    public var description: String {
        guard code != 0 else { return "PDF: \(operation) failed: \(message)" }
        let hex = "0x" + String(code, radix: 16, uppercase: true)
        return "PDF: \(operation) failed (libharu error \(hex), detail \(detail)): \(message)"
    }
}

extension PDFError {
    /// An error for a failed libharu call, with a message chosen from the error code.
    init(operation: String, code: UInt, detail: UInt) {
        self.init(
            operation: operation, code: code, detail: detail,
            message: Self.advice(code: code, operation: operation))
    }

    /// What a person can do about libharu error `code`.
    private static func advice(code: UInt, operation: String) -> String {
        let fontAdvice =
            "install fonts-dejavu-core and fonts-dejavu-extra or set fonts.regular, fonts.bold, fonts.italic and fonts.boldItalic in the theme"
        switch code {
        case 0x1016, 0x1017:
            return operation.hasPrefix("load font")
                ? "font file missing or unreadable: \(fontAdvice)"
                : "a file could not be opened or read"
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

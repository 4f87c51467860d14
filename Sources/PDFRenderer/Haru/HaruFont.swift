internal import CHaru

/// A font of one ``HaruDocument`` (see ``HaruFontDefinition``) with the encoding its text is
/// written in.
struct HaruFont {
    /// How text drawn in the font is encoded in the PDF.
    enum Encoding {
        /// A simple TrueType font of 256 codes in Windows-1252 (see ``WinAnsiEncoding``).
        case winAnsi
        /// A CID font in UTF-8, for any character the font has.
        case unicode

        /// libharu's name of the encoder.
        var encoderName: String {
            switch self {
            case .winAnsi: return "CP1252"
            case .unicode: return "UTF-8"
            }
        }
    }

    /// The libharu handle; valid while the document lives.
    let handle: HPDF_Font
    /// The font's name without its subset tag (`DejaVuSans-Bold,Bold`), for errors.
    let name: String
    /// How text drawn in the font is encoded.
    let encoding: Encoding

    /// True when `other` is the same font in the same encoding.
    func isSame(as other: HaruFont?) -> Bool {
        other?.handle == handle
    }

    /// `text` in this font's encoding, NUL-terminated; `nil` when its UTF-8 bytes are already
    /// right (a UTF-8 font, or ASCII text, which reads the same in both encodings). Text is
    /// split by encoding before a font is chosen (``EmbeddedFonts/pieces(of:font:size:)``), so a
    /// character the encoding lacks is a programming error.
    func transcoded(_ text: String) -> [CChar]? {
        guard encoding == .winAnsi, text.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        guard let bytes = WinAnsiEncoding.bytes(of: text) else {
            preconditionFailure("text outside Windows-1252 drawn in a WinAnsi font")
        }
        return bytes
    }
}

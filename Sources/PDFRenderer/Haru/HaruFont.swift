internal import CHaru

/// A font of one ``HaruDocument`` (see ``HaruFontDefinition``) with the encoding its text is
/// written in.
struct HaruFont {
    /// How text drawn in the font is encoded in the PDF.
    enum Encoding {
        /// A simple TrueType font of 256 codes in Windows-1252 (see ``WinAnsiEncoding``).
        case winAnsi
        /// A simple TrueType font in the document's own encoding (see ``NamedEncoding``).
        case named(NamedEncoding)
        /// A CID font in UTF-8, for any character the font has.
        case unicode

        /// libharu's name of the encoder.
        var encoderName: String {
            switch self {
            case .winAnsi: return "CP1252"
            case .named: return NamedEncoding.name
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
    /// right (a UTF-8 font, or ASCII text in a WinAnsi font, which reads the same). Text is
    /// split by encoding before a font is chosen (``EmbeddedFonts/pieces(of:font:size:)``), so a
    /// character the encoding lacks is a programming error.
    func transcoded(_ text: String) -> [CChar]? {
        switch encoding {
        case .unicode: return nil
        case .winAnsi:
            guard text.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
            return Self.singleByte(text, code: WinAnsiEncoding.code(for:))
        case .named(let named): return Self.singleByte(text, code: named.code(for:))
        }
    }

    /// `text` one byte per character by `code`, NUL-terminated for libharu.
    private static func singleByte(_ text: String, code: (Unicode.Scalar) -> UInt8?) -> [CChar] {
        var bytes: [CChar] = []
        bytes.reserveCapacity(text.utf8.count + 1)
        for scalar in text.unicodeScalars {
            guard let byte = code(scalar) else { preconditionFailure("text drawn in a font whose encoding lacks it") }
            bytes.append(CChar(bitPattern: byte))
        }
        bytes.append(0)
        return bytes
    }
}

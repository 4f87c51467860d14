/// Removes what the PDF fonts cannot draw, with a warning for each character left out.
///
/// libharu turns characters above U+FFFF into spaces and draws a missing glyph as an empty
/// box, so both are left out and reported instead. Tabs become spaces; control characters, soft hyphens,
/// zero-width joiners and variation selectors are dropped silently.
struct GlyphFilter<Fonts: TextMeasuring> {
    /// The fonts that will draw the text.
    let fonts: Fonts

    /// `runs` without the characters their face cannot draw.
    func filter(_ runs: [StyledText<InlineStyle>], warnings: inout WarningLog) -> [StyledText<InlineStyle>] {
        runs.compactMap { run in
            var kept = ""
            kept.reserveCapacity(run.text.utf8.count)
            for character in run.text {
                if let printable = printable(character, face: run.style.face, warnings: &warnings) {
                    kept.append(contentsOf: printable)
                }
            }
            return kept.isEmpty ? nil : StyledText(text: kept, style: run.style)
        }
    }

    /// The character as it can be printed, or `nil` when it is left out.
    private func printable(_ character: Character, face: FontFace, warnings: inout WarningLog) -> String? {
        if character == "\n" { return "\n" }
        if character == "\t" { return " " }
        var scalars = String.UnicodeScalarView()
        var missing: [Unicode.Scalar] = []
        for scalar in character.unicodeScalars where !Self.isSilentlyDropped(scalar) {
            if scalar.value > 0xFFFF || !fonts.covers(scalar, face: face) {
                missing.append(scalar)
            } else {
                scalars.append(scalar)
            }
        }
        if missing.isEmpty { return scalars.isEmpty ? nil : String(scalars) }
        let codes = missing.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }
        let shown = String(character)
        if missing.contains(where: { $0.value > 0xFFFF }) {
            warnings.add(
                "character \(codes.joined(separator: " ")) \"\(shown)\" is above U+FFFF, which the PDF fonts cannot show, and was left out"
            )
        } else {
            warnings.add(
                "character \(codes.joined(separator: " ")) \"\(shown)\" is not in the font \(fonts.fontName(of: face)) and was left out"
            )
        }
        return nil
    }

    /// Control characters, joiners and variation selectors: invisible, never worth a warning.
    private static func isSilentlyDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0xAD, 0x200B...0x200F, 0x2060, 0xFE00...0xFE0F, 0xFEFF:
            true
        default:
            false
        }
    }
}

extension String {
    /// The string with leading zeros up to `length` characters.
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}

/// Chooses a font for every character and removes what no font can draw, with a warning for
/// each character or piece of text left out.
///
/// A character the face's font lacks goes to the first fallback font that has it (CJK to
/// Droid Sans Fallback, say). libharu turns characters above U+FFFF into spaces, draws a
/// missing glyph as an empty box and cannot shape complex or right-to-left scripts, so such
/// text is left out and reported instead. Tabs become spaces; control characters, soft
/// hyphens, zero-width joiners and variation selectors are dropped silently.
struct GlyphFilter<Fonts: TextMeasuring> {
    /// The fonts that will draw the text.
    let fonts: Fonts

    /// `runs` without what cannot be drawn, split where the font changes.
    func filter(_ runs: [StyledText<InlineStyle>], warnings: inout WarningLog) -> [StyledText<InlineStyle>] {
        var output = Output()
        for run in runs {
            guard case .face(let face) = run.style.font else {
                output.append(run.text, style: run.style)
                continue
            }
            let candidates = fonts.candidates(for: face)
            if run.text.unicodeScalars.allSatisfy(\.isPlainLatin), fonts.covers(allOf: run.text, font: candidates[0]) {
                output.append(run.text, style: run.style)
                continue
            }
            var complex: (script: ComplexScript, text: String)?
            for character in run.text {
                if complex == nil, let scalar = Self.plainScalar(of: character),
                    fonts.covers(scalar, font: candidates[0])
                {
                    output.append(String(character), style: run.style)
                    continue
                }
                let scalars: [Unicode.Scalar] = character.unicodeScalars.filter { !Self.isSilentlyDropped($0) }
                if let first = scalars.first, let script = ComplexScript(of: first) {
                    if complex?.script == script {
                        complex?.text.append(character)
                    } else {
                        if let pending = complex { report(pending, &warnings) }
                        complex = (script, String(character))
                    }
                    continue
                }
                if let pending = complex {
                    report(pending, &warnings)
                    complex = nil
                }
                if character == "\n" || character == "\r\n" || character == "\t" {
                    output.append(character == "\t" ? " " : "\n", style: run.style)
                } else if let (font, kept) = printable(character, scalars, candidates, &warnings) {
                    output.append(kept, style: InlineStyle(font: font, link: run.style.link))
                }
            }
            if let pending = complex { report(pending, &warnings) }
        }
        return output.runs
    }

    /// The font for `character` and the scalars of it that font draws, or `nil` when nothing
    /// of it can be drawn. Scalars left out are reported.
    private func printable(
        _ character: Character, _ scalars: [Unicode.Scalar], _ candidates: [FontChoice], _ warnings: inout WarningLog
    ) -> (FontChoice, String)? {
        let shown = String(character)
        let beyond = scalars.filter { $0.value > 0xFFFF }
        if !beyond.isEmpty {
            warnings.addGlyphProblem(
                "character \(Self.codes(beyond)) \"\(shown)\" is above U+FFFF, which the PDF fonts cannot show, and was left out"
            )
        }
        let drawable = scalars.filter { $0.value <= 0xFFFF }
        guard let first = drawable.first else { return nil }
        let font =
            candidates.first { font in drawable.allSatisfy { fonts.covers($0, font: font) } }
            ?? candidates.first { fonts.covers(first, font: $0) }
        let kept = font.map { font in drawable.filter { fonts.covers($0, font: font) } } ?? []
        let missing = drawable.filter { !kept.contains($0) }
        if !missing.isEmpty {
            let names = candidates.map(fonts.fontName(of:))
            let fontList =
                names.count == 1 ? "the font \(names[0])" : "any of the fonts \(names.joined(separator: ", "))"
            warnings.addGlyphProblem(
                "character \(Self.codes(missing)) \"\(shown)\" is not in \(fontList) and was left out")
        }
        guard let font, !kept.isEmpty else { return nil }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: kept)
        return (font, String(text))
    }

    private func report(_ pending: (script: ComplexScript, text: String), _ warnings: inout WarningLog) {
        let first = pending.text.unicodeScalars.first.map { Self.codes([$0]) } ?? ""
        warnings.addGlyphProblem(
            "text \"\(pending.text)\" (\(first)...) is in \(pending.script.name), \(pending.script.reason), and was left out; the HTML report shows it correctly"
        )
    }

    /// `U+0041 U+030A` for the given scalars.
    private static func codes(_ scalars: [Unicode.Scalar]) -> String {
        scalars.map { scalar in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }.joined(separator: " ")
    }

    /// The character's scalar when it is a single printable one below the complex scripts
    /// (Latin, Greek, Cyrillic ...), which needs no further checks when the font has it.
    private static func plainScalar(of character: Character) -> Unicode.Scalar? {
        let scalars = character.unicodeScalars
        guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex,
            (0x20..<0x7F).contains(scalar.value) || (0xA0..<0x0590).contains(scalar.value), scalar.value != 0xAD
        else { return nil }
        return scalar
    }

    /// Control characters, joiners and variation selectors: invisible, never worth a warning.
    private static func isSilentlyDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0xAD, 0x200B...0x200F, 0x2060, 0xFE00...0xFE0F, 0xFEFF:
            scalar != "\n" && scalar != "\t"
        default:
            false
        }
    }

    /// Runs being built: text appended in the same style joins the last run.
    private struct Output {
        var runs: [StyledText<InlineStyle>] = []

        mutating func append(_ text: String, style: InlineStyle) {
            if let last = runs.last, last.style == style {
                runs[runs.count - 1].text += text
            } else {
                runs.append(StyledText(text: text, style: style))
            }
        }
    }
}

extension Unicode.Scalar {
    /// A printable scalar of ASCII, Latin-1 or Latin Extended-A/B, which is always a grapheme
    /// of its own (no combining marks): the common case, checked run by run.
    fileprivate var isPlainLatin: Bool {
        (0x20..<0x7F).contains(value) || ((0xA0..<0x250).contains(value) && value != 0xAD)
    }
}

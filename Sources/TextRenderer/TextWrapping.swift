import ReportDocument

/// Word wrapping for plain text, measured in Characters (grapheme clusters), so a line is
/// never broken inside a letter with its accents or an emoji sequence.
enum TextWrapping {
    /// True where a line may break: whitespace other than the no-break spaces.
    private static func isBreak(_ character: Character) -> Bool {
        character.isWhitespace && !["\u{00A0}", "\u{2007}", "\u{202F}"].contains(character)
    }

    /// The words of `text`, split at breakable whitespace.
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: isBreak)
    }

    /// `text` broken into lines of at most `width` Characters, breaking only between words;
    /// a word longer than `width` stands alone on its own, longer line. Empty text gives no lines.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in words(text) {
            let wordWidth = word.count
            if lineWidth > 0, lineWidth + 1 + wordWidth > width {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if lineWidth > 0 {
                line += " "
                lineWidth += 1
            }
            line += word
            lineWidth += wordWidth
        }
        if lineWidth > 0 { lines.append(line) }
        return lines
    }

    /// `text` padded with spaces to `width` Characters, placed by `alignment` (left to right).
    static func pad(_ text: String, to width: Int, _ alignment: TextAlignment) -> String {
        let room = max(width - text.count, 0)
        switch alignment {
        case .leading: return text + String(repeating: " ", count: room)
        case .trailing: return String(repeating: " ", count: room) + text
        case .center:
            let before = room / 2
            return String(repeating: " ", count: before) + text + String(repeating: " ", count: room - before)
        }
    }
}

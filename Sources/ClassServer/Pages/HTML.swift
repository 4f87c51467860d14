import Foundation

/// Escaping for the server's pages: every piece of text that is not our own markup goes through
/// ``HTML/text(_:)`` or ``HTML/attribute(_:)``.
enum HTML {
    /// `text` safe between tags.
    static func text(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }

    /// `text` safe inside a double-quoted attribute.
    static func attribute(_ text: String) -> String {
        Self.text(text).replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }
}

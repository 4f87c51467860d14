import Foundation

/// Text as compared when matching a form's headings and answers: lower case, accents kept apart
/// from letters and dropped, every run of punctuation and white space one space.
///
/// "Build  kitchen cabinets." and "build kitchen cabinets" are one; so are "Básico" and "basico".
enum HeadingText {
    /// The comparable form of `text`.
    static func key(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var key = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingSpace && !key.isEmpty { key.append(" ") }
                pendingSpace = false
                key.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return key
    }

    /// A Google Forms grid heading `Title [Row]` as its title and row, or `nil` for any other heading.
    static func gridParts(_ heading: String) -> (title: String, row: String)? {
        let trimmed = heading.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix("]"), let open = trimmed.lastIndex(of: "[") else { return nil }
        let row = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        let title = trimmed[..<open].trimmingCharacters(in: .whitespaces)
        return row.isEmpty ? nil : (title, String(row))
    }
}

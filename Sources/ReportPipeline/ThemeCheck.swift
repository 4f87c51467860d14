import Diagnostics
import Foundation
import ReportDocument

/// Checks the values of a decoded theme that JSON types alone can't: sizes and spacing in a
/// range a page can hold, and font files that exist.
///
/// A theme that fails here would otherwise fail, or lay out nonsense, only when the first
/// PDF is rendered, with a message that names the profile rather than the theme.
enum ThemeCheck {
    /// The first problem of `theme`, with the field it is in, or `nil`.
    static func problem(in theme: Theme) -> Diagnostic? {
        let sizes = theme.sizes, spacing = theme.spacing
        let ranges: [(String, Double, ClosedRange<Double>)] = [
            ("sizes.body", sizes.body, 4...72), ("sizes.lead", sizes.lead, 4...72), ("sizes.note", sizes.note, 4...72),
            ("sizes.heading1", sizes.heading1, 4...72), ("sizes.heading2", sizes.heading2, 4...72),
            ("sizes.heading3", sizes.heading3, 4...72), ("sizes.pageDecoration", sizes.pageDecoration, 4...72),
            ("sizes.lineHeight", sizes.lineHeight, 0.8...4), ("spacing.pageMargin", spacing.pageMargin, 0...144),
            ("spacing.blockGap", spacing.blockGap, 0...144), ("spacing.headingGap", spacing.headingGap, 0...144),
            ("spacing.listIndent", spacing.listIndent, 0...144), ("spacing.cellPadding", spacing.cellPadding, 0...72),
            ("spacing.emailWidth", spacing.emailWidth, 240...1200),
        ]
        for (field, value, range) in ranges where !range.contains(value) {
            return .error(
                .themeValueOutOfRange(value: value, lowest: range.lowerBound, highest: range.upperBound),
                at: Location(field: field))
        }
        let fonts = theme.fonts
        let faces = [
            ("fonts.regular", fonts.regular), ("fonts.bold", fonts.bold), ("fonts.italic", fonts.italic),
            ("fonts.boldItalic", fonts.boldItalic),
        ]
        for (field, path) in faces where !FileManager.default.isReadableFile(atPath: path) {
            return .error(.themeFontMissing(path: path), at: Location(field: field))
        }
        return nil
    }
}

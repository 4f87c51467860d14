/// Checks that a student id can safely name output files.
///
/// Ids become file names (`<id>.pdf`), so they are limited to letters, digits, `-`, `_` and `.`,
/// 1-64 characters, not starting with a dot: no folders, no traversal, no hidden files.
public enum StudentID {
    /// The longest id accepted.
    public static let maximumLength = 64

    /// Names Windows gives to devices, with or without an extension: a file `CON.pdf` can't be
    /// opened or unzipped there.
    static let reservedNames: Set<String> = Set(
        ["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] })

    /// `nil` when `id` is acceptable, else the reason it is not.
    public static func problem(with id: String) -> String? {
        if id.isEmpty { return "the id is empty" }
        if id.count > maximumLength { return "the id is longer than \(maximumLength) characters" }
        if id.hasPrefix(".") { return "the id '\(id.prefix(20))' starts with a dot" }
        if let stem = id.split(separator: ".").first, reservedNames.contains(stem.uppercased()) {
            return
                "the id '\(id.prefix(20))' is a device name Windows reserves (CON, PRN, AUX, NUL, COM1-9, LPT1-9), so its files could not be opened there; use another id"
        }
        let allowed = id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || "-_.".unicodeScalars.contains($0)
        }
        if !allowed {
            return
                "the id '\(id.prefix(20))' has characters that can't be part of a file name; use letters, digits, '-', '_' and '.'"
        }
        return nil
    }
}

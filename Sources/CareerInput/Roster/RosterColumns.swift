import CareerModel
import Diagnostics

/// The columns of our roster format, and which of a file's columns are not among them.
public enum RosterColumns {
    /// Who the student is.
    static let identity = [
        "id", "given_name", "family_name", "preferred_name", "name_order", "display_name", "grade", "email", "opt_out",
    ]
    /// What they answered: the six interest scores (by letter), or a Holland code, and plans.
    public static let answers =
        ["interest_scale", "holland_code", "plans"] + RIASEC.allCases.map { $0.rawValue.lowercased() }
    /// The prefix of skill self-rating columns (`skill.writing`).
    static let skillPrefix = "skill."

    /// Every column name the roster format knows, besides `skill.<key>`.
    static let known = identity + answers

    /// The names in `header` (lower-cased) that are neither in `accepted` nor skill columns.
    static func unknown(in header: [String], accepted: [String] = known) -> [String] {
        header.filter { name in
            let lower = name.lowercased()
            return !lower.isEmpty && !accepted.contains(lower) && !lower.hasPrefix(skillPrefix)
        }
    }

    /// The one warning about ignored columns, or `nil` when there are none.
    static func unknownColumnsWarning(_ names: [String], file: String) -> Diagnostic? {
        names.isEmpty ? nil : .warning(.unknownColumnsIgnored(names), at: Location(file: file))
    }
}

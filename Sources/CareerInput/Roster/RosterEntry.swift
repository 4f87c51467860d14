import CareerModel
import Diagnostics

/// One row of a roster, read and checked: a student to report on, or why not.
public struct RosterEntry: Sendable {
    /// The file the row is in, as the user named it.
    public var file: String
    /// The 1-based line of the file the row starts on.
    public var row: Int
    /// The student's id, when the row has a usable one.
    public var id: String?
    /// What the row holds.
    public var outcome: Outcome

    /// What a roster row turned out to be.
    public enum Outcome: Sendable {
        /// A student to report on, with notes that did not stop the row.
        case student(StudentProfile, warnings: [Diagnostic])
        /// The student opted out (or has a privacy block): no report, listed by id only.
        case optedOut
        /// The student has no interest results yet, so there is nothing to report.
        case notAssessed
        /// The student answered the questionnaire, but careers can't be matched on the answers
        /// (too many missing, every answer the same); the problem says why and what to do.
        case notMatched(Problem)
        /// The row can't be used; the diagnostic says what to fix (its field, when it knows one).
        case error(Diagnostic)

        /// A row that can't be used, for a problem Batch's row readers word themselves
        /// (``Problem/roster(_:)``: the many checks of roster fields, carried as their text).
        public static func rowError(_ reason: String) -> Outcome {
            .error(.error(.roster(reason)))
        }
    }

    /// Creates an entry.
    public init(file: String, row: Int, id: String?, outcome: Outcome) {
        self.file = file
        self.row = row
        self.id = id
        self.outcome = outcome
    }

    /// A row that can't be used, as `error` tells: no id, the error's message as the reason.
    init(_ error: RosterError) {
        self.init(file: error.file, row: error.line, id: nil, outcome: .rowError(error.message))
    }
}

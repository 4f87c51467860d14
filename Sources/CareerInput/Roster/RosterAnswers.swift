import CareerModel
import Diagnostics

/// Answers read from another file (a form's export) that a roster's rows take their interests,
/// skills and plans from, each student found by id or email.
///
/// The roster readers only join; reading and scoring the answers happens above this target
/// (the batch's `FormAnswers`), so the readers never see a questionnaire.
public protocol RosterAnswers: Sendable {
    /// The answers' file as the user named it.
    var path: String { get }
    /// How the answers were read (columns matched or not, an encoding fallback), to show once.
    var warnings: [Diagnostic] { get }
    /// A fingerprint of the answers, mixed into the roster's.
    var fingerprint: UInt64 { get }
    /// Rows of the answers that can't be used, as entries in their own file.
    var problems: [RosterEntry] { get }

    /// One student's answers, as the answers' reader keeps them.
    associatedtype Student

    /// The answers of the student with `id` or, failing that, `email`; nil when they have none.
    func find(id: String, email: String?) -> Student?
    /// What becomes of `student`: the profile made from `base` (the roster's row) and their
    /// answers, or why careers can't be matched on them.
    func outcome(_ student: Student, base: StudentProfile) -> RosterEntry.Outcome
    /// Answers whose student is neither among `ids` nor `emails` (lower-cased) of the roster
    /// named `roster`, as error entries on their row of the answers.
    func unjoined(ids: Set<String>, emails: Set<String>, roster: String) -> [RosterEntry]
}

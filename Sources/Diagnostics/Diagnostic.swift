/// One thing a user should know about a run: how serious it is, where it is, and what it is.
///
/// Every stage (templates, input files, rosters, renderers, batches) reports with this one type,
/// so a command line can print `file:line:column: error: ...` and a server can show the same
/// value as a page. Only ``Problem/message`` words a problem; nothing else builds its text.
public struct Diagnostic: Error, Sendable, Equatable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Equatable {
        /// The thing asked for can't be done until this is fixed.
        case error
        /// The thing was done, but probably not as the user meant.
        case warning
        /// Something worth knowing, not wrong.
        case note
    }

    /// How serious it is.
    public var severity: Severity
    /// Where it is; every part optional.
    public var location: Location
    /// The student it is about, by id (never a name), or `nil`.
    public var student: String?
    /// What it is.
    public var problem: Problem

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ problem: Problem, at location: Location = Location(), student: String? = nil) {
        self.severity = severity
        self.problem = problem
        self.location = location
        self.student = student
    }

    /// An error.
    public static func error(_ problem: Problem, at location: Location = Location(), student: String? = nil)
        -> Diagnostic
    {
        Diagnostic(.error, problem, at: location, student: student)
    }

    /// A warning.
    public static func warning(_ problem: Problem, at location: Location = Location(), student: String? = nil)
        -> Diagnostic
    {
        Diagnostic(.warning, problem, at: location, student: student)
    }

    /// A note.
    public static func note(_ problem: Problem, at location: Location = Location(), student: String? = nil)
        -> Diagnostic
    {
        Diagnostic(.note, problem, at: location, student: student)
    }

    /// The same diagnostic about `student`, unless it already names one.
    public func about(student id: String) -> Diagnostic {
        var copy = self
        copy.student = copy.student ?? id
        return copy
    }

    /// The same diagnostic with `file` (and `line`) where it names none.
    public func located(in file: String, line: Int? = nil) -> Diagnostic {
        var copy = self
        if copy.location.file == nil {
            copy.location.file = file
            copy.location.line = copy.location.line ?? line
        }
        return copy
    }
}

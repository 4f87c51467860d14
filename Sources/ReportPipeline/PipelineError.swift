import Diagnostics

/// Why a command could not do its work: what kind of failure it is, and every diagnostic found.
///
/// The category decides what a caller does next (a command line picks its exit code from it; a
/// server its page); the diagnostics say where and what, and are worded only where they are shown.
public struct PipelineError: Error, Sendable, Equatable {
    /// What kind of failure.
    public enum Category: Sendable, Equatable {
        /// An option's value is not usable.
        case usage
        /// A file the run needs (template, theme, catalog, profile, roster) is missing or wrong.
        case input
        /// A file could not be written (disk, permissions).
        case output
        /// One report (a student's, the class summary, a questionnaire) could not be made: its data,
        /// the template bound to it, a renderer. The other students' reports can still be.
        case report
    }

    /// What kind of failure.
    public var category: Category
    /// Every problem found, errors first as they were found; at least one.
    public var diagnostics: [Diagnostic]

    /// Creates an error.
    public init(_ category: Category, _ diagnostics: [Diagnostic]) {
        self.category = category
        self.diagnostics = diagnostics
    }

    /// An option's value is not usable; `option` (such as `--format`) is where.
    public static func usage(_ problem: Problem, option: String? = nil) -> PipelineError {
        PipelineError(.usage, [.error(problem, at: Location(field: option))])
    }

    /// A file the run needs is wrong, at `location`.
    public static func input(_ problem: Problem, at location: Location = Location()) -> PipelineError {
        PipelineError(.input, [.error(problem, at: location)])
    }

    /// A file can't be written.
    public static func output(_ problem: Problem, at location: Location = Location()) -> PipelineError {
        PipelineError(.output, [.error(problem, at: location)])
    }

    /// One student's report can't be made: `problem`, at `location` (a profile file, a roster row).
    public static func report(_ problem: Problem, at location: Location, student: String) -> PipelineError {
        PipelineError(.report, [.error(problem, at: location, student: student)])
    }

}

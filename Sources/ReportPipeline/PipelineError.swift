/// Why a command could not do its work; the message names the file or option and what to do.
public enum PipelineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An option's value is not usable.
    case usage(String)
    /// A file the tool needs (template, theme, catalog, profile) is missing or wrong;
    /// the message names it and says what to do.
    case input(String)
    /// The report could not be written (disk, permissions, renderer).
    case output(String)
    /// One student's report could not be made. `source` (a profile file, or roster file and
    /// line) and `id` say where; `problem` what is wrong and what to do. Kept apart so that a
    /// caller that names the student itself, such as the batch manifest, uses `problem` alone.
    case student(source: String, id: String, problem: String)

    public var description: String {
        switch self {
        case .usage(let message), .input(let message), .output(let message): message
        case .student(let source, let id, let problem): "\(source): error: student \(id): \(problem)"
        }
    }

    /// What is wrong, without the location when the error carries it separately.
    public var problem: String {
        if case .student(_, _, let problem) = self { return problem }
        return description
    }
}

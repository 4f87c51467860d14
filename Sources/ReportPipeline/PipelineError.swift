/// Why a command could not do its work; the message names the file or option and what to do.
public enum PipelineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An option's value is not usable.
    case usage(String)
    /// A file the tool needs (template, theme, catalog, profile) is missing or wrong;
    /// the message names it and says what to do.
    case input(String)
    /// The report could not be written (disk, permissions, renderer).
    case output(String)

    public var description: String {
        switch self {
        case .usage(let message), .input(let message), .output(let message): message
        }
    }
}

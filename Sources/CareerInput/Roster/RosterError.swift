import Diagnostics

/// A problem that stops a whole batch before any report is made: the roster (or a OneRoster
/// file) can't be read, or its header is unusable. Problems with single rows are not errors of
/// this kind: they become error entries in the manifest.
public struct RosterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's path as the user gave it.
    public var file: String
    /// 1-based line, or 0 when the problem is with the file as a whole.
    public var line: Int
    /// What is wrong and what to do.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int = 0, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// The error of a file that can't be read, as a problem that stops the batch.
    public init(_ error: InputError) {
        self.init(file: error.file, line: error.line, message: error.message)
    }

    /// The same problem as the tool's one ``Diagnostic`` type: a ``Problem/roster(_:)`` at this file and line.
    public var diagnostic: Diagnostic {
        .error(.roster(message), at: Location(file: file, line: line))
    }

    public var description: String { diagnostic.description }
}

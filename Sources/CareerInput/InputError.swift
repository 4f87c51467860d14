import Diagnostics

/// A problem with an input file, with where it is and what to do about it.
///
/// `description` reads `file:line:col: error: message`, the form editors and CI logs link to.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's path as the user gave it.
    public var file: String
    /// 1-based line, or 0 when the problem is with the file as a whole.
    public var line: Int
    /// 1-based column, or 0 when unknown.
    public var column: Int
    /// The field the problem is in (`interests.scores.R`), or empty.
    public var field: String
    /// What is wrong and what to do, in words a counselor can act on.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int = 0, column: Int = 0, field: String = "", message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    public var description: String { diagnostic.description }
}

/// A problem that does not stop a profile from being read, such as an unknown field.
public struct InputWarning: Sendable, Equatable, CustomStringConvertible {
    /// The file's path as the user gave it.
    public var file: String
    /// 1-based line, or 0.
    public var line: Int
    /// What was noticed.
    public var message: String

    /// Creates a warning.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { diagnostic.description }
}

extension InputError {
    /// The same problem as the tool's one ``Diagnostic`` type: a ``Problem/inputFile(_:)`` at this
    /// file, line, column and field.
    public var diagnostic: Diagnostic {
        .error(.inputFile(message), at: Location(file: file, line: line, column: column, field: field))
    }
}

extension InputWarning {
    /// The same warning as the tool's one ``Diagnostic`` type.
    public var diagnostic: Diagnostic {
        .warning(.inputFile(message), at: Location(file: file, line: line))
    }
}

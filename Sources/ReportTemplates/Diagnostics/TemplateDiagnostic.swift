/// One problem found in a template, with where it is: `file:line:column: error: message`; as the
/// tool's one ``Diagnostic`` type, ``diagnostic``.
///
/// Lines and columns are 1-based; 0 means unknown (libxml2's schema validator reports lines
/// only, so validation problems have column 0 and name the element path in the message).
public struct TemplateDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Equatable {
        /// The template cannot be used until this is fixed.
        case error
        /// The template works, but probably not as its writer meant.
        case warning
    }

    /// The template's file name as the caller gave it.
    public var file: String
    /// 1-based line, 0 when unknown.
    public var line: Int
    /// 1-based column, 0 when unknown.
    public var column: Int
    /// Error or warning.
    public var severity: Severity
    /// What is wrong and how to fix it, written for the person who edits the template.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int, severity: Severity, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// `file:line:column: severity: message` (the parts that are known), as ``Diagnostic`` writes it.
    public var description: String { diagnostic.description }
}

import Diagnostics

extension TemplateDiagnostic {
    /// The same problem as the tool's one ``Diagnostic`` type: a ``Problem/template(_:)`` at this
    /// file, line and column.
    public var diagnostic: Diagnostic {
        Diagnostic(
            severity == .error ? .error : .warning, .template(message),
            at: Location(file: file, line: line, column: column))
    }
}

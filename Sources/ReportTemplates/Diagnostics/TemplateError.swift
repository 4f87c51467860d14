/// A template that cannot be loaded or bound, with every problem found (not only the first).
///
/// The diagnostics are in file order; warnings found alongside the errors are included.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, errors and warnings, sorted by line.
    public var diagnostics: [TemplateDiagnostic]

    /// Creates an error from its diagnostics.
    public init(diagnostics: [TemplateDiagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One diagnostic per line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

/// Collects the diagnostics of one stage (parsing, validation, checking, binding) for one file.
struct DiagnosticList: Sendable {
    /// The file every diagnostic names.
    let file: String
    /// What has been found so far, in the order found.
    private(set) var all: [TemplateDiagnostic] = []

    init(file: String) {
        self.file = file
    }

    /// True when at least one diagnostic is an error.
    var hasErrors: Bool { all.contains { $0.severity == .error } }

    mutating func error(_ message: String, at location: SourceLocation = .unknown) {
        add(.error, message, at: location)
    }

    mutating func warning(_ message: String, at location: SourceLocation = .unknown) {
        add(.warning, message, at: location)
    }

    mutating func add(_ severity: TemplateDiagnostic.Severity, _ message: String, at location: SourceLocation) {
        all.append(
            TemplateDiagnostic(
                file: file, line: location.line, column: location.column, severity: severity, message: message))
    }

    mutating func append(contentsOf other: DiagnosticList) {
        all.append(contentsOf: other.all)
    }

    /// The diagnostics as an error, sorted by position (stable for equal positions).
    var asError: TemplateError {
        let sorted = all.enumerated().sorted { lhs, rhs in
            (lhs.element.line, lhs.element.column, lhs.offset) < (rhs.element.line, rhs.element.column, rhs.offset)
        }
        return TemplateError(diagnostics: sorted.map(\.element))
    }

    /// Throws the collected diagnostics when any of them is an error.
    func throwIfErrors() throws(TemplateError) {
        if hasErrors { throw asError }
    }
}

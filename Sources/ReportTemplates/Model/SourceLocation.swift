/// Where something stands in a template file: 1-based line and column, 0 when unknown.
struct SourceLocation: Sendable, Equatable {
    var line: Int
    var column: Int

    /// A place that could not be determined.
    static let unknown = SourceLocation(line: 0, column: 0)
}

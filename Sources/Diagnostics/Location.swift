/// Where a diagnostic is: a file, a line and column in it, and a field; every part optional.
public struct Location: Sendable, Equatable {
    /// The file's path as the user gave it (or an option, such as `--shard`).
    public var file: String?
    /// 1-based line.
    public var line: Int?
    /// 1-based column.
    public var column: Int?
    /// The field the problem is in, such as `interests.scores.R` or `colors.accent`.
    public var field: String?

    /// Creates a location; `0` for a line or column means unknown.
    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, field: String? = nil) {
        self.file = file
        self.line = line.flatMap { $0 > 0 ? $0 : nil }
        self.column = column.flatMap { $0 > 0 ? $0 : nil }
        self.field = field.flatMap { $0.isEmpty ? nil : $0 }
    }
}

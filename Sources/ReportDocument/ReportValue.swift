/// Report data as templates see it: a tree of strings, numbers, flags, lists and records.
///
/// The assessment's results are turned into this shape at the edge, so templates and the
/// binder never depend on the assessment's types. Paths such as `student.name.given` or
/// `careers` select values; see ``ReportValue/lookup(_:)``.
public enum ReportValue: Sendable, Equatable {
    /// Text.
    case string(String)
    /// A number (scores, percentages as 0...1, counts).
    case number(Double)
    /// A yes/no fact.
    case bool(Bool)
    /// An ordered list, for `each`.
    case list([ReportValue])
    /// A record of named fields, for paths and `with`.
    case record([String: ReportValue])
    /// A value that is known to be absent (an optional field without a value).
    case null

    /// The value at a dotted path below this one (`name.given`), or `nil` if any step is missing.
    /// An empty path is this value itself.
    public func lookup(_ path: String) -> ReportValue? {
        lookup(keys: path.split(separator: ".", omittingEmptySubsequences: true).map(String.init))
    }

    /// The value below this one at `keys` (`["name", "given"]`), or `nil` if any step is
    /// missing; a key naming a list item is its index (`"0"`). No keys is this value itself.
    public func lookup(keys: [String]) -> ReportValue? {
        var current = self
        for key in keys {
            guard let next = current.child(key) else { return nil }
            current = next
        }
        return current
    }

    /// The field `key` of a record, or the item at index `key` of a list; `nil` otherwise.
    public func child(_ key: String) -> ReportValue? {
        switch self {
        case .record(let fields):
            return fields[key]
        case .list(let items):
            guard let index = Int(key), items.indices.contains(index) else { return nil }
            return items[index]
        default:
            return nil
        }
    }

    /// True for values a template treats as "nothing there": null, false, "", [] and {}.
    public var isEmpty: Bool {
        switch self {
        case .null: true
        case .bool(let flag): !flag
        case .string(let text): text.isEmpty
        case .list(let items): items.isEmpty
        case .record(let fields): fields.isEmpty
        case .number: false
        }
    }
}

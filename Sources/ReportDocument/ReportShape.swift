/// The declared shape of a kind of report data: which paths exist and what each holds.
///
/// A data builder (the student report's, the class summary's) declares its shape next to the
/// code that makes the data, and a test checks that what it makes ``conforms(_:)`` to it. The
/// template checker resolves every path of a template against the shape, so a misspelt path is
/// found before any report is rendered.
public indirect enum ReportShape: Sendable, Equatable, CustomStringConvertible {
    /// Text. Keys that templates compare with `<if equals>` (`band`, `family`) are text too.
    case text
    /// A number.
    case number
    /// A yes/no fact.
    case flag
    /// A list whose every item has the element shape.
    case list(ReportShape)
    /// A record with exactly these named fields.
    case record([String: ReportShape])
    /// The wrapped shape, or null when the value is absent.
    case nullable(ReportShape)

    /// The shape without its `nullable` wrapper.
    public var unwrapped: ReportShape {
        if case .nullable(let inner) = self { return inner.unwrapped }
        return self
    }

    /// The fields of a record (nullable or not), sorted by name; empty for other shapes.
    public var fieldNames: [String] {
        if case .record(let fields) = unwrapped { return fields.keys.sorted() }
        return []
    }

    /// The shape of the field `name` of a record (nullable or not); nil when there is none.
    public func field(_ name: String) -> ReportShape? {
        if case .record(let fields) = unwrapped { return fields[name] }
        return nil
    }

    /// The element shape of a list (nullable or not); nil for other shapes.
    public var element: ReportShape? {
        if case .list(let element) = unwrapped { return element }
        return nil
    }

    /// True for text, numbers and flags, nullable or not: what `<value>` can write.
    public var isScalar: Bool {
        switch unwrapped {
        case .text, .number, .flag: true
        case .list, .record, .nullable: false
        }
    }

    /// The shape in words, for messages: `text`, `a number or null`, `a list of records`.
    public var description: String {
        switch self {
        case .text: "text"
        case .number: "a number"
        case .flag: "a yes/no value"
        case .list(let element): "a list of \(element.pluralDescription)"
        case .record: "a record"
        case .nullable(let inner): "\(inner.description) or null"
        }
    }

    private var pluralDescription: String {
        switch self {
        case .text: "texts"
        case .number: "numbers"
        case .flag: "yes/no values"
        case .list: "lists"
        case .record: "records"
        case .nullable(let inner): "\(inner.pluralDescription) or nulls"
        }
    }

    /// Every place where `value` differs from this shape, as `path: what was expected, what was found`;
    /// empty when it conforms.
    ///
    /// A record must have exactly the declared fields: a missing field and an undeclared one are
    /// both reported, so the declaration and the data cannot drift apart unnoticed.
    public func mismatches(in value: ReportValue, at path: String = "") -> [String] {
        let place = path.isEmpty ? "the data" : path
        func joined(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
        switch (self, value) {
        case (.nullable, .null), (.text, .string), (.number, .number), (.flag, .bool):
            return []
        case (.nullable(let inner), _):
            return inner.mismatches(in: value, at: path)
        case (.list(let element), .list(let items)):
            return items.enumerated().flatMap { element.mismatches(in: $1, at: joined(String($0))) }
        case (.record(let fields), .record(let values)):
            var found: [String] = []
            for name in Set(fields.keys).union(values.keys).sorted() {
                switch (fields[name], values[name]) {
                case (let shape?, let value?):
                    found += shape.mismatches(in: value, at: joined(name))
                case (let shape?, nil):
                    found.append("\(joined(name)): expected \(shape), but the field is missing")
                case (nil, _):
                    found.append("\(joined(name)): the field is not declared in the shape")
                }
            }
            return found
        default:
            return ["\(place): expected \(self), found \(Self.kind(of: value))"]
        }
    }

    /// What kind of value `value` is, in words.
    private static func kind(of value: ReportValue) -> String {
        switch value {
        case .string: "text"
        case .number: "a number"
        case .bool: "a yes/no value"
        case .list: "a list"
        case .record: "a record"
        case .null: "null"
        }
    }
}

import ReportDocument

/// Writes a data value as text in one of the `<value>` formats.
enum ValueFormatter {
    /// Why a value could not be written: what the format needed, in a reader's words.
    struct Mismatch: Error {
        /// For example `a number`.
        var expected: String
    }

    /// `value` written as `format`; a null value is empty text in every format.
    static func format(
        _ value: ReportValue, as format: ValueFormat, digits: Int, language: String
    ) -> Result<String, Mismatch> {
        if case .null = value { return .success("") }
        switch format {
        case .text:
            return text(value).map(Result.success) ?? .failure(Mismatch(expected: "text, a number or true/false"))
        case .number:
            guard case .number(let number) = value else { return .failure(Mismatch(expected: "a number")) }
            return .success(NumberText.fixed(number, digits: digits))
        case .percent:
            guard case .number(let number) = value else {
                return .failure(Mismatch(expected: "a number from 0 to 1"))
            }
            return .success(NumberText.fixed(number, digits: digits, scaledBy: 100) + "%")
        case .date:
            guard case .string(let iso) = value, let date = DateText.long(iso, language: language) else {
                return .failure(Mismatch(expected: "a date written yyyy-mm-dd, such as 2026-11-29"))
            }
            return .success(date)
        }
    }

    /// The text form of a single value (strings as they are, numbers without `.0`, `true`/`false`,
    /// null as empty), or nil for a list or record.
    static func text(_ value: ReportValue) -> String? {
        switch value {
        case .string(let string): string
        case .number(let number): NumberText.plain(number)
        case .bool(let flag): flag ? "true" : "false"
        case .null: ""
        case .list, .record: nil
        }
    }

    /// What kind of value this is, for messages: `text "abc"`, `a list of 3 items`.
    static func describe(_ value: ReportValue) -> String {
        switch value {
        case .string(let string): "text \"\(string.count > 40 ? string.prefix(40) + "..." : string)\""
        case .number(let number): "the number \(NumberText.plain(number))"
        case .bool(let flag): "\(flag)"
        case .list(let items): "a list of \(items.count) item\(items.count == 1 ? "" : "s")"
        case .record: "a record (a group of named values)"
        case .null: "null"
        }
    }
}

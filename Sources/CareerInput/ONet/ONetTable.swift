import Foundation

/// One tab-separated table of the O*NET text database: a header row, then one row per line.
///
/// O*NET ships the files with CRLF line ends and no quoting; older copies that went through a
/// spreadsheet quote fields (`"a ""b"" c"`), which are read too, tabs and line breaks inside quotes
/// included. Every error names the file, the line and the column.
struct ONetTable {
    /// The file's path as the user gave it.
    let file: String
    /// The header's column names.
    let columns: [String]
    /// The data rows.
    let rows: [Row]

    /// One data row and the line it starts on (1-based; the header is line 1).
    struct Row {
        let line: Int
        let fields: [String]
    }

    /// Reads the table in the file at `path`.
    static func read(_ path: String) throws(InputError) -> ONetTable {
        try ONetTable(text: InputFile.text(at: path, sizeCap: 256 << 20, what: "O*NET table"), file: path)
    }

    /// Parses `text`; `file` names it in errors.
    init(text: String, file: String) throws(InputError) {
        self.file = file
        var records = try Self.records(text, file: file)
        guard !records.isEmpty else {
            throw InputError(file: file, message: "the file is empty; it should start with a header row")
        }
        columns = records.removeFirst().fields.map { $0.trimmingCharacters(in: .whitespaces) }
        rows = records.filter { !($0.fields.count == 1 && $0.fields[0].isEmpty) }
    }

    /// The index of the column called `name`; throws naming the columns the header has.
    func column(_ name: String) throws(InputError) -> Int {
        guard let index = columns.firstIndex(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) else {
            throw InputError(
                file: file, line: 1, field: name,
                message:
                    "the header has no column '\(name)'; it has \(columns.map { "'\($0)'" }.joined(separator: ", ")). Is this the right O*NET file?"
            )
        }
        return index
    }

    /// The text in `row` at `column` (called `name` in messages).
    func text(_ row: Row, _ column: Int, _ name: String) throws(InputError) -> String {
        guard column < row.fields.count else {
            throw InputError(
                file: file, line: row.line, field: name,
                message:
                    "the row has \(row.fields.count) fields but the header has \(columns.count); the value is missing")
        }
        return row.fields[column].trimmingCharacters(in: .whitespaces)
    }

    /// The number in `row` at `column`, or an error naming the line and column.
    func number(_ row: Row, _ column: Int, _ name: String) throws(InputError) -> Double {
        let value = try text(row, column, name)
        guard let number = Double(value), number.isFinite else {
            throw InputError(file: file, line: row.line, field: name, message: "'\(value.prefix(40))' is not a number")
        }
        return number
    }

    /// Splits `text` into records of fields: tabs between fields, LF or CRLF between records,
    /// double quotes around a field that holds either (a doubled quote inside stands for one).
    private static func records(_ text: String, file: String) throws(InputError) -> [Row] {
        let bytes = Array(text.utf8)
        var rows: [Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, rowLine = 1
        var index = 0
        var quoted = false, wasQuoted = false
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    field.append(byte)
                }
            } else {
                switch byte {
                case UInt8(ascii: "\""):
                    if field.isEmpty && !wasQuoted {
                        quoted = true
                        wasQuoted = true
                    } else {
                        field.append(byte)
                    }
                case UInt8(ascii: "\t"):
                    endField()
                case UInt8(ascii: "\r") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n"):
                    break
                case UInt8(ascii: "\n"):
                    endField()
                    rows.append(Row(line: rowLine, fields: fields))
                    fields = []
                    line += 1
                    rowLine = line
                default:
                    field.append(byte)
                }
            }
            index += 1
        }
        if quoted {
            throw InputError(
                file: file, line: rowLine,
                message: "a quoted field is never closed; check the double quotes on this line")
        }
        if !field.isEmpty || !fields.isEmpty || wasQuoted {
            endField()
            rows.append(Row(line: rowLine, fields: fields))
        }
        return rows
    }
}

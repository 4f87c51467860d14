import Diagnostics
import Foundation

/// One CSV file of a OneRoster export, read into rows of named values.
///
/// Column names are matched without regard to case and order; extension columns (`ext_*`,
/// `metadata.*`) are simply not asked for; a header-only file has no rows; a row with fewer
/// fields than the header has the rest blank. Lines that can't be read are returned as notes.
struct OneRosterTable {
    /// A row: its line and its values by lower-cased column name (blank cells left out).
    struct Row {
        var line: Int
        var values: StudentFields

        subscript(column: String) -> String? { values[column.lowercased()] }

        /// True unless the status says the row is deleted or inactive (blank counts as active).
        var isActive: Bool {
            guard let status = self["status"]?.lowercased() else { return true }
            return status == "active"
        }

        /// A multi-valued field ("09,10,11" in one quoted field) as its parts.
        func list(_ column: String) -> [String] {
            (self[column] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        }
    }

    /// The file's name as shown in messages (`export.zip:users.csv`).
    var name: String
    /// The file's fingerprint.
    var fingerprint: UInt64
    /// Lines that could not be read, as warnings.
    var notes: [Diagnostic] = []
    private var file: CSVFile
    private let columns: [String]

    /// Opens `path` (shown as `name`); throws when a column of `required` is missing.
    init(path: String, name: String, required: [String]) throws(RosterError) {
        do {
            file = try CSVFile.forBatch(path: path)
        } catch {
            throw RosterError(file: name, line: error.line, message: error.message)
        }
        self.name = name
        fingerprint = file.fingerprint
        columns = file.header.map { $0.lowercased() }
        if let fallback = file.fallbackWarning(shownAs: name) { notes.append(fallback) }
        for column in required where !columns.contains(column.lowercased()) && !file.header.isEmpty {
            throw RosterError(file: name, line: 1, message: "the header has no '\(column)' column")
        }
    }

    /// The next row that could be read, or `nil` at the end of the file.
    mutating func next() -> Row? {
        while let result = file.records.next() {
            switch result {
            case .failure(let problem):
                notes.append(
                    .warning(.lineSkipped(reason: problem.reason), at: Location(file: name, line: problem.line)))
            case .success(var record):
                if record.fields.count > columns.count {
                    notes.append(
                        .warning(
                            .tooManyFields(fields: record.fields.count, columns: columns.count),
                            at: Location(file: name, line: record.line)))
                    continue
                }
                record.fields += Array(repeating: "", count: columns.count - record.fields.count)
                return Row(line: record.line, values: StudentFields(names: columns, record: record))
            }
        }
        return nil
    }
}

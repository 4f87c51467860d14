import Foundation

/// The values of one student's row, by roster column name, with blank cells left out.
///
/// Names are lower case (`id`, `given_name`, `r` ... `c`, `skill.writing`); values are trimmed.
struct StudentFields: Sendable {
    /// The values present, by column name.
    var values: [String: String]

    /// Pairs `record`'s fields with `names` (the header, lower-cased); blank cells are left out.
    init(names: [String], record: CSVRecord) {
        values = [:]
        for (name, field) in zip(names, record.fields) where !name.isEmpty {
            let value = field.trimmingCharacters(in: .whitespacesAndNewlines)
            if !value.isEmpty { values[name] = value }
        }
    }

    /// Fields from named values.
    init(_ values: [String: String]) {
        self.values = values
    }

    subscript(name: String) -> String? { values[name] }

    /// Adds `other`'s values, keeping this row's value where both have one.
    mutating func merge(_ other: StudentFields) {
        values.merge(other.values) { mine, _ in mine }
    }
}

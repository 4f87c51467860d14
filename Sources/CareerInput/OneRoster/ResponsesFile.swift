import CareerModel
import Diagnostics

/// The students' answers for a OneRoster run: a CSV with `sourcedId` and the roster columns
/// for interests, skills and plans (and `opt_out`), indexed by sourcedId.
struct ResponsesFile {
    /// One student's answers and the line they are on.
    struct Answer {
        var line: Int
        var fields: StudentFields
    }

    /// The answers by sourcedId.
    var answers: [String: Answer] = [:]
    /// Rows that can't be used (no sourcedId, a second row for one student, unreadable lines).
    var problems: [RosterEntry] = []
    /// Ignored columns, an encoding fallback.
    var warnings: [Diagnostic] = []
    /// The file's fingerprint.
    let fingerprint: UInt64

    /// Reads every answer in `path`; throws when the file can't be read or has no `sourcedId` column.
    init(path: String, catalog: Catalog) throws(RosterError) {
        var file = try CSVFile.forBatch(path: path)
        fingerprint = file.fingerprint
        let columns = try file.batchColumnIndex()
        guard columns["sourcedid"] != nil else {
            throw RosterError(
                file: path, line: 1,
                message: "the header has no 'sourcedId' column; the responses need the students' OneRoster sourcedId")
        }
        let accepted = RosterColumns.answers + ["sourcedid", "opt_out"]
        warnings = [
            file.fallbackWarning(),
            RosterColumns.unknownColumnsWarning(RosterColumns.unknown(in: file.header, accepted: accepted), file: path),
        ].compactMap { $0 }
        let names = file.header.map { $0.lowercased() }.map {
            accepted.contains($0) || $0.hasPrefix(RosterColumns.skillPrefix) ? $0 : ""
        }
        while let result = file.records.next() {
            switch result {
            case .failure(let problem):
                problems.append(
                    RosterEntry(
                        file: path, row: problem.line, id: nil,
                        outcome: .rowError("the line can't be read: \(problem.reason)")))
            case .success(let record):
                guard record.fields.count == names.count else {
                    problems.append(
                        RosterEntry(
                            file: path, row: record.line, id: nil,
                            outcome: .rowError(
                                "the line can't be read: it has \(record.fields.count) fields but the header has \(names.count)"
                            )))
                    continue
                }
                var fields = StudentFields(names: names, record: record)
                guard let id = fields["sourcedid"] else {
                    problems.append(
                        RosterEntry(
                            file: path, row: record.line, id: nil, outcome: .rowError("sourcedId: the id is missing")))
                    continue
                }
                fields.values["sourcedid"] = nil
                if let first = answers[id] {
                    problems.append(
                        RosterEntry(
                            file: path, row: record.line, id: nil,
                            outcome: .rowError(
                                "sourcedId '\(id.prefix(64))' also has answers on line \(first.line); keep one row per student"
                            )))
                    continue
                }
                answers[id] = Answer(line: record.line, fields: fields)
            }
        }
    }
}

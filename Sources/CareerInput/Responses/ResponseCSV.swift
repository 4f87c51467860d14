import Foundation

/// Reads a CSV of answers: a Google Forms export (its first column is `Timestamp`), our long
/// CSV (`student_id,item_id,answer`) or our wide CSV (a student column and one column per item).
enum ResponseCSV {
    /// Reads every record of `path`; throws when the file can't be read or has no header.
    static func read(path: String) throws(InputError) -> ResponseTable {
        var file = try CSVFile(path: path)
        guard !file.header.isEmpty else {
            throw InputError(
                file: path,
                message:
                    "the file is empty; export the form's responses again (a header line of questions, then one row per student)"
            )
        }
        var records: [CSVRecord] = []
        var problems: [InputError] = []
        while let result = file.records.next() {
            switch result {
            case .success(let record): records.append(record)
            case .failure(let problem):
                problems.append(
                    InputError(file: path, line: problem.line, message: "the line can't be read: \(problem.reason)"))
            }
        }
        if let failure = file.records.failure { throw InputError(file: path, message: failure) }
        let warnings =
            file.encoding == .windows1252
            ? [
                InputWarning(
                    file: path, line: 0,
                    message:
                        "the file is not UTF-8; it was read as Windows-1252 (what Excel on Windows saves). If answers look wrong, save it as CSV UTF-8"
                )
            ] : []
        let keys = file.header.map(RespondentColumns.key)
        var table: ResponseTable
        if keys.starts(with: ["studentid", "itemid", "answer"]) {
            table = long(file.header, records, path: path, problems: &problems)
        } else {
            let format: ResponseTable.Format = keys.first == "timestamp" ? .googleForms : .wide
            table = wide(file.header, records, path: path, format: format, problems: &problems)
        }
        table.problems = problems + table.problems
        table.warnings = warnings
        return table
    }

    /// One row per record, the respondent's columns recognised by their headings.
    private static func wide(
        _ header: [String], _ records: [CSVRecord], path: String, format: ResponseTable.Format,
        problems: inout [InputError]
    ) -> ResponseTable {
        let respondent = RespondentColumns(header: header, formsResponseID: false)
        let questions = header.indices.filter { !respondent.isRespondent($0) && !header[$0].isEmpty }
        var rows: [ResponseRow] = []
        for record in records {
            guard record.fields.count <= header.count else {
                problems.append(
                    InputError(
                        file: path, line: record.line,
                        message:
                            "the line has \(record.fields.count) fields but the header has \(header.count); check for a missing quote or an extra comma"
                    ))
                continue
            }
            func text(_ index: Int?) -> String? {
                guard let index, index < record.fields.count else { return nil }
                let value = record.fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
                return value.isEmpty ? nil : value
            }
            rows.append(
                ResponseRow(
                    line: record.line,
                    respondent: respondent.respondent(text, date: { text($0).flatMap(FormDates.date) }),
                    cells: questions.map { index in text(index).map { ResponseCell(text: $0, line: record.line) } }))
        }
        return ResponseTable(
            file: path, format: format,
            columns: questions.map { ResponseColumn(heading: header[$0], number: $0 + 1) }, rows: rows)
    }

    /// One row per student, gathered from their lines; the item ids become the columns, in the
    /// order they first appear. Every cell keeps the line it came from.
    private static func long(
        _ header: [String], _ records: [CSVRecord], path: String, problems: inout [InputError]
    ) -> ResponseTable {
        var items: [String] = []
        var itemIndex: [String: Int] = [:]
        var students: [String] = []
        var answers: [String: (line: Int, cells: [String: ResponseCell])] = [:]
        for record in records {
            let fields = record.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            guard fields.count >= 3, !fields[0].isEmpty, !fields[1].isEmpty else {
                problems.append(
                    InputError(
                        file: path, line: record.line, column: fields.first?.isEmpty ?? true ? 1 : 2,
                        message: "each line needs a student_id, an item_id and an answer; fill in the blank field"))
                continue
            }
            let (student, item) = (fields[0], fields[1])
            if itemIndex[item] == nil {
                itemIndex[item] = items.count
                items.append(item)
            }
            if answers[student] == nil {
                students.append(student)
                answers[student] = (record.line, [:])
            }
            if let first = answers[student]?.cells[item] {
                problems.append(
                    InputError(
                        file: path, line: record.line, column: 2, field: item,
                        message:
                            "student \(student) already answered this item on line \(first.line); keep one answer per item (this one was not used)"
                    ))
                continue
            }
            if !fields[2].isEmpty { answers[student]?.cells[item] = ResponseCell(text: fields[2], line: record.line) }
        }
        let rows = students.map { student in
            let entry = answers[student]!
            return ResponseRow(
                line: entry.line, respondent: Respondent(id: student), cells: items.map { entry.cells[$0] })
        }
        // Every item id stands in the third column of its lines.
        return ResponseTable(
            file: path, format: .long, columns: items.map { ResponseColumn(heading: $0, number: 3) }, rows: rows)
    }
}

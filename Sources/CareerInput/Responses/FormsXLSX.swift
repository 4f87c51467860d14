import Foundation

/// Reads a Microsoft Forms export (Forms' "Open in Excel"): row 1 the headings (ID, Start time,
/// Completion time, Email, Name, then one column per question, in any order), then one row per
/// response. Times may be date serials or text.
enum FormsXLSX {
    /// Reads the workbook at `path`; throws when it can't be read or its sheet is empty.
    static func read(path: String) throws(InputError) -> ResponseTable {
        let workbook = try XLSXWorkbook(path: path)
        guard let headingCells = workbook.rows[1], !headingCells.isEmpty else {
            throw InputError(
                file: path,
                message:
                    "the worksheet is empty; export the responses again (row 1 should hold ID, Start time, Completion time, Email, Name and the questions)"
            )
        }
        let width = headingCells.keys.max() ?? 0
        let header = (1...width).map { headingCells[$0]?.text.trimmingCharacters(in: .whitespaces) ?? "" }
        let respondent = RespondentColumns(header: header, formsResponseID: true)
        let questions = header.indices.filter { !respondent.isRespondent($0) && !header[$0].isEmpty }
        var rows: [ResponseRow] = []
        for number in workbook.rows.keys.sorted() where number > 1 {
            let cells = workbook.rows[number] ?? [:]
            func text(_ index: Int?) -> String? {
                guard let index else { return nil }
                let value = cells[index + 1]?.text.trimmingCharacters(in: .whitespacesAndNewlines)
                return value?.isEmpty == false ? value : nil
            }
            func date(_ index: Int?) -> Date? {
                guard let index, let cell = cells[index + 1] else { return nil }
                switch cell {
                case .number(let serial): return FormDates.spreadsheetSerial(serial)
                case .text(let text): return FormDates.date(text)
                }
            }
            rows.append(
                ResponseRow(
                    line: number, respondent: respondent.respondent(text, date: date),
                    cells: questions.map { index in text(index).map { ResponseCell(text: $0, line: number) } }))
        }
        return ResponseTable(
            file: path, format: .microsoftForms,
            columns: questions.map { ResponseColumn(heading: header[$0], number: $0 + 1) }, rows: rows)
    }
}

import Foundation

/// A form's answers as read from an export, before anyone knows which question is which:
/// one row per respondent, one column per heading, every cell with the place it came from.
///
/// Made by ``ResponseFile/read(path:)`` from a Google Forms CSV, a Microsoft Forms XLSX, or
/// our own long or wide CSV. The Questionnaire target matches its columns to items.
public struct ResponseTable: Sendable, Equatable {
    /// Which kind of export the table came from.
    public enum Format: String, Sendable, Equatable {
        /// Google Forms' "Download responses (.csv)": Timestamp, Email Address, one column per question.
        case googleForms = "Google Forms CSV"
        /// Microsoft Forms' "Open in Excel": ID, Start time, Completion time, Email, Name, questions.
        case microsoftForms = "Microsoft Forms XLSX"
        /// Our long CSV: `student_id,item_id,answer`, one answer a line.
        case long = "long CSV (student_id,item_id,answer)"
        /// Our wide CSV: `student_id` and one column per item id.
        case wide = "wide CSV (one column per item id)"
    }

    /// The path as the user gave it.
    public var file: String
    /// The kind of export.
    public var format: Format
    /// The question columns (the respondent's own columns, such as the email, are not among them).
    public var columns: [ResponseColumn]
    /// The respondents, in file order.
    public var rows: [ResponseRow]
    /// Rows or lines that could not be read at all; every other row is still here.
    public var problems: [InputError]
    /// Things to tell the user once, such as a Windows-1252 fallback.
    public var warnings: [InputWarning]

    /// Creates a table.
    public init(
        file: String, format: Format, columns: [ResponseColumn], rows: [ResponseRow], problems: [InputError] = [],
        warnings: [InputWarning] = []
    ) {
        self.file = file
        self.format = format
        self.columns = columns
        self.rows = rows
        self.problems = problems
        self.warnings = warnings
    }
}

/// A question column of an export: its heading and where it stands.
public struct ResponseColumn: Sendable, Equatable {
    /// The heading as written in the file (a question's text, an item id, a grid's `Title [Row]`).
    public var heading: String
    /// The 1-based column number in the file.
    public var number: Int

    /// Creates a column.
    public init(heading: String, number: Int) {
        self.heading = heading
        self.number = number
    }

    /// The column as a spreadsheet names it: A, B, ... Z, AA, AB ...
    public var letter: String { ResponseColumn.letter(number) }

    /// The spreadsheet letter of 1-based column `number`.
    public static func letter(_ number: Int) -> String {
        var number = number
        var letters = ""
        while number > 0 {
            let digit = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            number = (number - 1) / 26
        }
        return letters
    }
}

/// Who answered, as far as the export says, and when.
public struct Respondent: Sendable, Equatable {
    /// The student's id from a `student_id` (or "Student ID") column, if the export has one.
    public var id: String?
    /// The respondent's email address, if the export has one.
    public var email: String?
    /// The name a Microsoft Forms export or a name question gives, if any (shown only in the report).
    public var name: String?
    /// When the respondent opened the form, if the export says (Microsoft Forms' Start time).
    public var started: Date?
    /// When the respondent sent the form (Google's Timestamp, Microsoft's Completion time).
    public var finished: Date?

    /// Creates a respondent.
    public init(
        id: String? = nil, email: String? = nil, name: String? = nil, started: Date? = nil, finished: Date? = nil
    ) {
        self.id = id
        self.email = email
        self.name = name
        self.started = started
        self.finished = finished
    }
}

/// One answer as written in the export, with the line or row it is on.
public struct ResponseCell: Sendable, Equatable {
    /// The text of the cell, trimmed (a number cell as its shortest decimal form).
    public var text: String
    /// The 1-based line (CSV) or row (spreadsheet) the cell is on.
    public var line: Int

    /// Creates a cell.
    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}

/// One respondent's row: who, and their answer in each question column (`nil` for blank).
public struct ResponseRow: Sendable, Equatable {
    /// The 1-based line (CSV) or row (spreadsheet) the respondent starts on.
    public var line: Int
    /// Who answered.
    public var respondent: Respondent
    /// The answers, one per ``ResponseTable/columns`` entry, `nil` where blank.
    public var cells: [ResponseCell?]

    /// Creates a row.
    public init(line: Int, respondent: Respondent, cells: [ResponseCell?]) {
        self.line = line
        self.respondent = respondent
        self.cells = cells
    }
}

import CareerInput
import CareerModel
import Diagnostics
import Questionnaire

/// A batch made from a form's export alone: each row a student, named by the form's "Student ID"
/// question (or `student_id` column); skills and plans from the form's own section when it has one.
public struct ResponsesSource: StudentSource, Sendable {
    public let path: String
    public let fingerprint: UInt64
    public let warnings: [Diagnostic]
    public var inputFiles: [String] { [path] }
    private let rows: [RosterEntry]

    /// Reads and scores the export at `path`; throws when the file as a whole can't be used.
    public init(path: String, catalog: Catalog, numbers: AnswerNumbers?) throws(RosterError) {
        let answers = try FormAnswers(path: path, catalog: catalog, numbers: numbers)
        self.path = path
        fingerprint = answers.fingerprint
        warnings = answers.warnings
        var rows: [RosterEntry] = []
        for student in answers.scoring.students {
            guard let id = student.respondent.id else {
                rows.append(
                    RosterEntry(
                        file: path, row: student.line, id: nil,
                        outcome: .rowError(
                            "the row has no student id; add a 'Student ID' question to the form, or give a roster and --responses \(path) to join by email"
                        )))
                continue
            }
            if let problem = StudentRowReader.idProblem(id) {
                rows.append(RosterEntry(file: path, row: student.line, id: nil, outcome: .rowError(problem)))
                continue
            }
            var email = student.respondent.email
            if let address = email, ProfileRules.emailProblem(address) != nil { email = nil }
            let name = student.respondent.name.flatMap { ProfileRules.nameProblem($0) == nil ? $0 : nil } ?? id
            let base = StudentProfile(
                id: id, name: StudentName(given: name, family: ""), email: email, interests: .hollandCode([]))
            rows.append(
                RosterEntry(file: path, row: student.line, id: id, outcome: answers.outcome(student, base: base)))
        }
        self.rows = (rows + answers.problems).sorted { $0.row < $1.row }
    }

    public func count(in shard: Shard) throws(RosterError) -> Int {
        rows.count { shard.contains(id: $0.id, row: $0.row) }
    }

    public func entries() throws(RosterError) -> [RosterEntry] { rows }

    /// True when `path` looks like a form's export rather than a roster: a workbook, or a CSV
    /// with neither the roster's `given_name` column nor its score columns.
    public static func looksLikeResponses(_ path: String) -> Bool {
        guard FormAnswers.isFormExport(path) else { return false }
        guard let file = try? CSVFile(path: path) else { return true }
        return !file.header.contains { $0.lowercased() == "given_name" }
    }
}

import CareerInput
import CareerModel
import Foundation

/// A scored export for a person (a table, one line per student) or for a program (JSON): ids
/// only, never names or email addresses.
public enum ScoreListing {
    /// One line per student: id (or row), six area scores, Holland code, answers, completeness, flags.
    public static func text(_ scoring: FormScoring) -> String {
        let scale = scoring.matching.instrument.interestScale.rawValue
        var rows = [["student", "row"] + RIASEC.allCases.map(\.rawValue) + ["code", "answered", "status", "flags"]]
        for student in scoring.students {
            let scores = student.scoring.scores
            rows.append(
                [who(student), String(student.line)]
                    + RIASEC.allCases.map { area in scores.map { number($0[area]) } ?? "-" }
                    + [
                        scores.map { $0.hollandCode.map(\.rawValue).joined() } ?? "-",
                        "\(student.scoring.answered)/\(student.scoring.items)", status(student),
                        student.flags.isEmpty ? "-" : student.flags.map(\.rawValue).joined(separator: ","),
                    ])
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        let lines = rows.map { row in
            row.enumerated().map { column, cell in
                column < 2 || column > 7
                    ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        return "\(scoring.table.file): scores on \(scale)\n" + lines.joined(separator: "\n") + "\n"
    }

    /// Every file's students as JSON (docs/questionnaire.md, "The score command").
    public static func json(_ files: [FormScoring]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Output(files: files.map(FileOutput.init)))
    }

    static func who(_ student: ScoredStudent) -> String { student.respondent.id ?? "(no id)" }

    static func status(_ student: ScoredStudent) -> String {
        if student.scoring.incompleteReason != nil { return "incomplete" }
        if student.notMatchedReason != nil { return "not matched" }
        if !student.scoring.prorated.isEmpty {
            return "prorated " + student.scoring.prorated.map(\.rawValue).joined()
        }
        return "complete"
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    private struct Output: Encodable {
        var files: [FileOutput]
    }

    private struct FileOutput: Encodable {
        var file: String
        var format: String
        var form: String
        var scale: String
        var matchedColumns: [MatchedColumn]
        var unmatchedColumns: [String]
        var duplicateColumns: [String]
        var students: [StudentOutput]
        var problems: [String]

        init(_ scoring: FormScoring) {
            file = scoring.table.file
            format = scoring.table.format.rawValue
            form = scoring.matching.instrument.form.rawValue
            scale = scoring.matching.instrument.interestScale.rawValue
            matchedColumns = scoring.matching.matches.map {
                MatchedColumn(column: $0.column.letter, heading: $0.column.heading, question: $0.target.id)
            }
            unmatchedColumns = scoring.matching.unmatched.map { "\($0.letter): \($0.heading)" }
            duplicateColumns = scoring.matching.duplicates.map { "\($0.column.letter): \($0.target.id)" }
            students = scoring.students.map(StudentOutput.init)
            problems = scoring.problems.map(\.description)
        }

        enum CodingKeys: String, CodingKey {
            case file, format, form, scale, students, problems
            case matchedColumns = "matched_columns"
            case unmatchedColumns = "unmatched_columns"
            case duplicateColumns = "duplicate_columns"
        }
    }

    private struct MatchedColumn: Encodable {
        var column: String
        var heading: String
        var question: String
    }

    private struct StudentOutput: Encodable {
        var id: String?
        var row: Int
        var scores: [String: Double]?
        var hollandCode: String?
        var answered: Int
        var items: Int
        var status: String
        var prorated: [String]
        var reason: String?
        var flags: [String]
        var seconds: Double?

        init(_ student: ScoredStudent) {
            id = student.respondent.id
            row = student.line
            scores = student.scoring.scores.map { scores in
                Dictionary(uniqueKeysWithValues: RIASEC.allCases.map { ($0.rawValue, scores[$0]) })
            }
            hollandCode = student.scoring.scores.map { $0.hollandCode.map(\.rawValue).joined() }
            answered = student.scoring.answered
            items = student.scoring.items
            status = ScoreListing.status(student)
            prorated = student.scoring.prorated.map(\.rawValue)
            reason = student.notMatchedReason
            flags = student.flags.map(\.rawValue)
            seconds = student.seconds
        }

        enum CodingKeys: String, CodingKey {
            case id, row, scores, answered, items, status, prorated, reason, flags, seconds
            case hollandCode = "holland_code"
        }
    }
}

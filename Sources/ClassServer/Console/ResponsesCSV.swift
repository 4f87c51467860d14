import Foundation
import Questionnaire

/// A session's answers in the long CSV format `career-report score` and `batch --responses`
/// read: `student_id,item_id,answer`, interest answers by their label, skills 1-5, the plan by its id.
enum ResponsesCSV {
    static func make(_ students: [(StudentSession, [String: String])], pages: (StudentSession) -> QuestionPages)
        -> String
    {
        var lines = ["student_id,item_id,answer"]
        for (student, answers) in students {
            for question in pages(student).list.questions {
                guard let value = answers[question.id] else { continue }
                let answer =
                    question.section == .interests
                    ? (question.answers.first { $0.value == value }?.label ?? value) : value
                lines.append([student.studentID, question.id, answer].map(field).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A CSV field, quoted when needed; a leading `=`, `+`, `-` or `@` is prefixed with `'` so a
    /// spreadsheet never runs it as a formula.
    private static func field(_ text: String) -> String {
        var text = text
        if let first = text.first, "=+-@".contains(first) { text = "'" + text }
        guard text.contains(where: { ",\"\r\n".contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

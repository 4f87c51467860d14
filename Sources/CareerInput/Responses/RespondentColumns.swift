import Foundation

/// Which columns of an export say who answered and when, recognised by their headings; every
/// other column is a question.
///
/// Headings are compared without case, spaces, `_` or `-`: `student_id`, "Student ID" and
/// "student-id" are one. Microsoft Forms' own `ID` is the response's number, not the student's,
/// so it is a respondent column that is not read.
struct RespondentColumns {
    var id: Int?
    var email: Int?
    var name: Int?
    var started: Int?
    var finished: Int?
    /// Columns that are neither questions nor read (Microsoft Forms' response ID, Last modified time).
    var ignored: Set<Int> = []

    private static let ids: Set<String> = ["studentid", "id", "sourcedid", "studentnumber"]
    private static let emails: Set<String> = ["email", "emailaddress", "e-mail"]
    private static let names: Set<String> = ["name", "givenname", "firstname", "yourname"]
    private static let starts: Set<String> = ["starttime"]
    private static let finishes: Set<String> = ["completiontime", "timestamp", "endtime", "submittedat"]
    private static let formsOwn: Set<String> = ["lastmodifiedtime", "totalpoints", "quizfeedback"]

    /// Recognises the respondent columns of `header`; with `formsResponseID`, a bare `ID` is the
    /// form's response number (Microsoft Forms) and the student's id must be a "Student ID" column.
    init(header: [String], formsResponseID: Bool) {
        for (index, heading) in header.enumerated() {
            let key = Self.key(heading)
            if formsResponseID && key == "id" {
                ignored.insert(index)
            } else if Self.ids.contains(key), id == nil {
                id = index
            } else if Self.emails.contains(key), email == nil {
                email = index
            } else if Self.names.contains(key), name == nil {
                name = index
            } else if Self.starts.contains(key), started == nil {
                started = index
            } else if Self.finishes.contains(key), finished == nil {
                finished = index
            } else if Self.formsOwn.contains(key) {
                ignored.insert(index)
            }
        }
    }

    /// True when `index` is one of the respondent's own columns, not a question.
    func isRespondent(_ index: Int) -> Bool {
        [id, email, name, started, finished].contains(index) || ignored.contains(index)
    }

    /// Who answered, from one row's cells (text as written, `dates` turning a cell into a time).
    func respondent(_ cell: (Int?) -> String?, date: (Int?) -> Date?) -> Respondent {
        Respondent(
            id: cell(id), email: cell(email), name: cell(name), started: date(started), finished: date(finished))
    }

    /// A heading as compared: lower case, without spaces, `_`, `-`, `.` or a trailing colon.
    static func key(_ heading: String) -> String {
        String(heading.lowercased().unicodeScalars.filter { !" _-.:".unicodeScalars.contains($0) }.map(Character.init))
    }
}

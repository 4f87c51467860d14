import CareerModel
import Diagnostics
import Foundation

/// The students of a OneRoster 1.1 or 1.2 export (folder or zip), joined by sourcedId with a
/// responses CSV that holds their interest and skill answers.
///
/// Whom: the students enrolled in `--class`, or those of `--school`, or every student; only
/// active rows (a blank status counts as active); only the role `student` (users.csv `role`
/// in 1.1, roles.csv in 1.2, or an enrollment as student). The student's sourcedId is their
/// id. References to rows that are absent (an enrollment naming a missing user, a response for
/// nobody) become error entries in the manifest, not crashes. The selected students and the
/// responses are held in memory (a few hundred bytes each); the files are read once each.
public struct OneRosterExport: Sendable {
    /// The export's path as the user gave it.
    public let path: String
    /// A fingerprint of the export's tables and the answers.
    public let fingerprint: UInt64
    /// Things to tell the user once: unreadable lines, references to absent rows, how the answers were read.
    public let warnings: [Diagnostic]
    /// The export and the answers' file.
    public let inputFiles: [String]
    /// The OneRoster version the manifest declares (`1.1` or `1.2`).
    public let version: String
    private let rows: [RosterEntry]

    /// True when `path` is a folder or a zip, which is how OneRoster exports come.
    public static func looksLikeExport(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return path.lowercased().hasSuffix(".zip")
            || (FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    /// Reads the export at `path` and the answers in `responses`; throws when either can't be
    /// read, the manifest is not OneRoster 1.1 or 1.2, or `classID` / `school` name nothing.
    ///
    /// `responses` is our responses CSV (sourcedId plus the roster's answer columns), unless
    /// `answers` is given: a form's export at that path, already read, joined by id or email.
    public init(
        path: String, responses: String, answers formAnswers: (any RosterAnswers)? = nil, classID: String?,
        school: String?, catalog: Catalog, defaultScale: InterestScale
    ) throws(RosterError) {
        let files = try OneRosterFiles(path: path)
        defer { files.removeCopy() }
        var reading = try OneRosterReading(files: files, classID: classID, school: school)
        try reading.readUsers()
        self.path = path
        version = reading.version
        inputFiles = [path, responses]
        if let answers = formAnswers {
            let reader = StudentRowReader(
                skillKeys: catalog.skills.map(\.key), defaultScale: defaultScale, answers: answers)
            var rows = reading.danglingEnrollments.map(RosterEntry.init)
            for student in reading.students {
                if let problem = StudentRowReader.idProblem(student.id) {
                    rows.append(
                        RosterEntry(
                            file: student.file, row: student.line, id: nil, outcome: .rowError("sourcedId: \(problem)"))
                    )
                    continue
                }
                rows.append(
                    RosterEntry(
                        file: student.file, row: student.line, id: student.id,
                        outcome: reader.outcome(student.fields, id: student.id)))
            }
            let emails = Set(reading.students.compactMap { $0.fields["email"]?.lowercased() })
            rows += answers.unjoined(
                ids: Set(reading.students.map(\.id)), emails: emails,
                roster: files.display("users.csv")
                    + (classID == nil && school == nil ? "" : " (as chosen by --class or --school)"))
            self.rows = rows + answers.problems
            fingerprint = reading.fingerprint ^ answers.fingerprint
            warnings = reading.notes + answers.warnings
            return
        }
        let answers = try ResponsesFile(path: responses, catalog: catalog)
        let reader = StudentRowReader(skillKeys: catalog.skills.map(\.key), defaultScale: defaultScale)
        var rows = reading.danglingEnrollments.map(RosterEntry.init)
        var answered: Set<String> = []
        for student in reading.students {
            let answer = answers.answers[student.id]
            if answer != nil { answered.insert(student.id) }
            let (file, row) = answer.map { (responses, $0.line) } ?? (student.file, student.line)
            if let problem = StudentRowReader.idProblem(student.id) {
                rows.append(RosterEntry(file: file, row: row, id: nil, outcome: .rowError("sourcedId: \(problem)")))
                continue
            }
            guard var fields = answer?.fields else {
                rows.append(RosterEntry(file: file, row: row, id: student.id, outcome: .notAssessed))
                continue
            }
            fields.merge(student.fields)
            rows.append(
                RosterEntry(file: file, row: row, id: student.id, outcome: reader.outcome(fields, id: student.id)))
        }
        rows += answers.problems
        for (id, answer) in answers.answers where !answered.contains(id) && !reading.allUsers.contains(id) {
            rows.append(
                RosterEntry(
                    file: responses, row: answer.line, id: nil,
                    outcome: .rowError(
                        "sourcedId '\(id.prefix(64))' is not a user in \(files.display("users.csv")); check the id, or export the roster again"
                    )))
        }
        self.rows = rows
        fingerprint = reading.fingerprint ^ answers.fingerprint
        warnings = reading.notes + answers.warnings
    }

    /// The number of rows `included` accepts (given the row's id, when usable, and its line).
    public func count(where included: (_ id: String?, _ row: Int) -> Bool) -> Int {
        rows.count { included($0.id, $0.row) }
    }

    /// The rows: the selected students, then the problems found on the way.
    public func entries() -> [RosterEntry] { rows }
}

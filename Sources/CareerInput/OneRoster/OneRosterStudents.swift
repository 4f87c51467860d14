import Diagnostics
import Foundation

/// Who is in a OneRoster 1.1 or 1.2 export (folder or zip), without any answers: the ids and
/// names of the students a list to pick from needs.
///
/// The students are chosen as ``OneRosterExport`` chooses them: those enrolled in `classID`, or
/// those of `school`, or every student; only active rows; only the role `student`.
public struct OneRosterStudents: Sendable {
    /// A selected student.
    public struct Student: Sendable, Equatable {
        /// Their sourcedId, which is their student id.
        public var id: String
        /// users.csv `givenName`.
        public var givenName: String
        /// users.csv `familyName`, or empty.
        public var familyName: String
    }

    /// The selected students whose sourcedId is a usable student id, in users.csv order.
    public let students: [Student]
    /// Selected students left out, and enrollments naming absent users: file, line and why.
    public let problems: [RosterError]
    /// Things to tell the user once: unreadable lines, enrollments in inactive classes.
    public let warnings: [Diagnostic]
    /// The OneRoster version the manifest declares (`1.1` or `1.2`).
    public let version: String

    /// Reads the export at `path`; throws when it can't be read, is not OneRoster 1.1 or 1.2,
    /// or `classID` / `school` name nothing active in it. A zip's files are unpacked into a new
    /// folder in `scratch` while they are read, then removed.
    public init(
        path: String, classID: String?, school: String?, scratch: URL = FileManager.default.temporaryDirectory
    ) throws(RosterError) {
        let files = try OneRosterFiles(path: path, scratch: scratch)
        defer { files.removeCopy() }
        var reading = try OneRosterReading(files: files, classID: classID, school: school)
        try reading.readUsers()
        var students: [Student] = []
        var problems = reading.danglingEnrollments
        for student in reading.students {
            if let problem = StudentRowReader.idProblem(student.id) {
                problems.append(RosterError(file: student.file, line: student.line, message: "sourcedId: \(problem)"))
            } else if let given = student.fields["given_name"] {
                students.append(
                    Student(id: student.id, givenName: given, familyName: student.fields["family_name"] ?? ""))
            } else {
                problems.append(
                    RosterError(
                        file: student.file, line: student.line,
                        message: "givenName: the student's given (first) name is missing"))
            }
        }
        self.students = students
        self.problems = problems
        warnings = reading.notes
        version = reading.version
    }
}

import Foundation
import GRDB

/// Everything the server keeps, in one SQLite database (`class-sessions.sqlite` in the data
/// folder) in WAL mode. Each change is one transaction: a page of answers is saved whole or not
/// at all, so a `kill -9` loses at most the page being answered, and a restart finds every
/// session as it was.
///
/// Cookie tokens are stored only as SHA-256 hashes; names only as the roster gave them, for the
/// name list and the report.
final class ClassStore: Sendable {
    /// The database file's name inside the data folder.
    static let fileName = "class-sessions.sqlite"
    private let pool: DatabasePool

    /// Opens (or creates) the store in `folder`, which is created readable by its owner only.
    init(folder: URL) throws {
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // WAL with synchronous=NORMAL: a committed page survives the process being killed;
            // only a power cut can take the last few commits.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let path = folder.appendingPathComponent(Self.fileName).path
        let previousMask = umask(0o077)
        defer { umask(previousMask) }
        pool = try DatabasePool(path: path, configuration: configuration)
        try StoreMigrations.migrator.migrate(pool)
    }

    // MARK: Class sessions

    /// Opens a new session with a fresh join code of `codeLength` characters.
    func createSession(title: String, form: String, codeLength: Int = 6) async throws -> ClassSession {
        try await pool.write { db in
            for _ in 0..<20 {
                let code = Secrets.code(length: codeLength)
                if try Bool.fetchOne(db, sql: "SELECT 1 FROM classSession WHERE joinCode = ?", arguments: [code]) != nil
                {
                    continue
                }
                try db.execute(
                    sql: "INSERT INTO classSession(title, form, joinCode, createdAt) VALUES (?, ?, ?, ?)",
                    arguments: [title, form, code, Date()])
                let row = try Row.fetchOne(
                    db, sql: "SELECT * FROM classSession WHERE id = ?", arguments: [db.lastInsertedRowID])!
                return ClassSession(row: row)
            }
            throw StoreError.noFreeCode
        }
    }

    /// Every session, newest first.
    func sessions() async throws -> [ClassSession] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM classSession ORDER BY id DESC").map(ClassSession.init)
        }
    }

    func session(id: Int64) async throws -> ClassSession? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM classSession WHERE id = ?", arguments: [id]).map(ClassSession.init)
        }
    }

    /// The open session whose join code is `code`, if any.
    func openSession(joinCode code: String) async throws -> ClassSession? {
        try await pool.read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM classSession WHERE joinCode = ? AND closedAt IS NULL", arguments: [code]
            ).map(ClassSession.init)
        }
    }

    /// Closes a session: its join code stops working; students can still read their reports.
    func closeSession(id: Int64) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "UPDATE classSession SET closedAt = ? WHERE id = ? AND closedAt IS NULL", arguments: [Date(), id])
        }
    }

    /// Deletes a session with its roster, students and answers; then gives the space back.
    func deleteSession(id: Int64) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM classSession WHERE id = ?", arguments: [id])
        }
        try await pool.writeWithoutTransaction { db in
            try db.checkpoint(.truncate)
            try db.execute(sql: "VACUUM")
        }
    }

    // MARK: Rosters

    /// Replaces the session's roster.
    func setRoster(_ names: [RosterName], sessionID: Int64) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM rosterStudent WHERE sessionId = ?", arguments: [sessionID])
            for name in names {
                try db.execute(
                    sql:
                        "INSERT OR REPLACE INTO rosterStudent(sessionId, studentId, given, family) VALUES (?, ?, ?, ?)",
                    arguments: [sessionID, name.studentID, name.given, name.family])
            }
        }
    }

    /// The session's roster, by name.
    func roster(sessionID: Int64) async throws -> [RosterName] {
        try await pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM rosterStudent WHERE sessionId = ? ORDER BY given, family, studentId",
                arguments: [sessionID]
            ).map { RosterName(studentID: $0["studentId"], given: $0["given"], family: $0["family"]) }
        }
    }

    /// The roster entry of one student, if the session has a roster with them.
    func rosterName(sessionID: Int64, studentID: String) async throws -> RosterName? {
        try await pool.read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM rosterStudent WHERE sessionId = ? AND studentId = ?",
                arguments: [sessionID, studentID]
            ).map { RosterName(studentID: $0["studentId"], given: $0["given"], family: $0["family"]) }
        }
    }

    // MARK: Students

    /// A student's row with their session's form.
    private static let studentSelect =
        "SELECT student.*, classSession.form AS form FROM student JOIN classSession ON classSession.id = student.sessionId"

    /// Starts `studentID` in the session; returns the student and their cookie token. Throws
    /// ``StoreError/alreadyStarted`` when the student has started before (they continue with
    /// their resume code, so nobody else can pick their name and read their answers).
    func startStudent(sessionID: Int64, studentID: String, language: UILanguage) async throws -> (
        StudentSession, token: String
    ) {
        let token = Secrets.token()
        return try await pool.write { db in
            if try Bool.fetchOne(
                db, sql: "SELECT 1 FROM student WHERE sessionId = ? AND studentId = ?",
                arguments: [sessionID, studentID])
                != nil
            {
                throw StoreError.alreadyStarted
            }
            for _ in 0..<20 {
                let resume = Secrets.code(length: 10)
                if try Bool.fetchOne(db, sql: "SELECT 1 FROM student WHERE resumeCode = ?", arguments: [resume]) != nil
                {
                    continue
                }
                try db.execute(
                    sql: """
                        INSERT INTO student(sessionId, studentId, tokenHash, resumeCode, language, startedAt)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [sessionID, studentID, SHA256.hex(token), resume, language.rawValue, Date()])
                let row = try Row.fetchOne(
                    db, sql: Self.studentSelect + " WHERE student.id = ?", arguments: [db.lastInsertedRowID])!
                return (StudentSession(row: row), token)
            }
            throw StoreError.noFreeCode
        }
    }

    /// The student whose cookie token is `token`.
    func student(token: String) async throws -> StudentSession? {
        let hash = SHA256.hex(token)
        return try await pool.read { db in
            try Row.fetchOne(db, sql: Self.studentSelect + " WHERE tokenHash = ?", arguments: [hash]).map(
                StudentSession.init)
        }
    }

    /// The student whose resume code is `code`, with a new cookie token (the old device's stops working).
    func resume(code: String) async throws -> (StudentSession, token: String)? {
        let token = Secrets.token()
        return try await pool.write { db in
            guard let row = try Row.fetchOne(db, sql: Self.studentSelect + " WHERE resumeCode = ?", arguments: [code])
            else { return nil }
            let student = StudentSession(row: row)
            try db.execute(
                sql: "UPDATE student SET tokenHash = ? WHERE id = ?", arguments: [SHA256.hex(token), student.id])
            return (student, token)
        }
    }

    /// The student's answers by question id.
    func answers(studentRowID: Int64) async throws -> [String: String] {
        try await pool.read { db in
            try Self.answers(db, studentRowID: studentRowID)
        }
    }

    private static func answers(_ db: Database, studentRowID: Int64) throws -> [String: String] {
        var answers: [String: String] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT questionId, value FROM answer WHERE studentRowId = ?", arguments: [studentRowID])
        {
            answers[row["questionId"]] = row["value"]
        }
        return answers
    }

    /// Saves one page in one transaction: `answers` of the page's `questions` (a question left
    /// out is cleared), the furthest page reached, and whether the questionnaire is finished.
    func savePage(
        studentRowID: Int64, questions: [String], answers: [String: String], page: Int, finished: Bool
    ) async throws {
        try await pool.write { db in
            for question in questions {
                if let value = answers[question] {
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO answer(studentRowId, questionId, value) VALUES (?, ?, ?)",
                        arguments: [studentRowID, question, value])
                } else {
                    try db.execute(
                        sql: "DELETE FROM answer WHERE studentRowId = ? AND questionId = ?",
                        arguments: [studentRowID, question])
                }
            }
            try db.execute(
                sql: "UPDATE student SET page = max(page, ?) WHERE id = ?", arguments: [page, studentRowID])
            if finished {
                try db.execute(
                    sql: "UPDATE student SET finishedAt = coalesce(finishedAt, ?) WHERE id = ?",
                    arguments: [Date(), studentRowID])
            }
        }
    }

    /// Every student of the session with their answers, in the order they joined.
    func studentsWithAnswers(sessionID: Int64) async throws -> [(StudentSession, [String: String])] {
        try await pool.read { db in
            try Row.fetchAll(
                db, sql: Self.studentSelect + " WHERE sessionId = ? ORDER BY student.id", arguments: [sessionID]
            )
            .map(StudentSession.init)
            .map { ($0, try Self.answers(db, studentRowID: $0.id)) }
        }
    }
}

/// Why the store refused a change.
enum StoreError: Error, Equatable {
    /// The student has started already; they continue with their resume code.
    case alreadyStarted
    /// No unused code was found (practically impossible; 20 draws).
    case noFreeCode
}

import Foundation
import GRDB

/// A class session the counselor opened: its join code works until it is closed.
struct ClassSession: Sendable, Equatable {
    var id: Int64
    var title: String
    /// The Interest Profiler form: `short` (60 items) or `mini` (30).
    var form: String
    var joinCode: String
    var createdAt: Date
    var closedAt: Date?

    var isOpen: Bool { closedAt == nil }

    init(row: Row) {
        id = row["id"]
        title = row["title"]
        form = row["form"]
        joinCode = row["joinCode"]
        createdAt = row["createdAt"]
        closedAt = row["closedAt"]
    }
}

/// One student of a loaded roster: the id and the name to pick from the list.
struct RosterName: Sendable, Equatable {
    var studentID: String
    var given: String
    var family: String

    /// The name as the list shows it.
    var display: String { [given, family].filter { !$0.isEmpty }.joined(separator: " ") }
}

/// A student taking the questionnaire in a class session.
struct StudentSession: Sendable, Equatable {
    /// The row id (never shown).
    var id: Int64
    var sessionID: Int64
    /// The school's id for the student (from the roster, or typed).
    var studentID: String
    /// The session's Interest Profiler form.
    var form: String
    /// The code that continues the questionnaire on another device.
    var resumeCode: String
    var language: UILanguage
    var startedAt: Date
    var finishedAt: Date?
    /// The furthest page saved.
    var page: Int

    init(row: Row) {
        id = row["id"]
        sessionID = row["sessionId"]
        studentID = row["studentId"]
        form = row["form"]
        resumeCode = row["resumeCode"]
        language = UILanguage(code: row["language"])
        startedAt = row["startedAt"]
        finishedAt = row["finishedAt"]
        page = row["page"]
    }
}

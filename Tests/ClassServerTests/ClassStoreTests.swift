import Foundation
import Testing

@testable import ClassServer

@Suite("The store keeps every saved page, across restarts")
struct ClassStoreTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-tests-\(UUID().uuidString)")

    @Test("a page is saved whole; a reopened store (a restart) finds the session, the student and the answers")
    func restart() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        var token = ""
        var code = ""
        do {
            let store = try ClassStore(folder: folder)
            let session = try await store.createSession(title: "11B", form: "mini")
            code = session.joinCode
            let (student, started) = try await store.startStudent(
                sessionID: session.id, studentID: "S-1", language: .es)
            token = started
            try await store.savePage(
                studentRowID: student.id, questions: ["ip30-01", "ip30-02", "ip30-03"],
                answers: ["ip30-01": "4", "ip30-02": "0"], page: 1, finished: false)
            // Going back and changing a page: an answer cleared is removed, one changed is replaced.
            try await store.savePage(
                studentRowID: student.id, questions: ["ip30-01", "ip30-02", "ip30-03"],
                answers: ["ip30-01": "3", "ip30-03": "2"], page: 1, finished: false)
        }
        let reopened = try ClassStore(folder: folder)
        let student = try #require(try await reopened.student(token: token))
        #expect(student.studentID == "S-1")
        #expect(student.language == .es)
        #expect(student.page == 1)
        #expect(student.form == "mini")
        #expect(try await reopened.answers(studentRowID: student.id) == ["ip30-01": "3", "ip30-03": "2"])
        #expect(try await reopened.openSession(joinCode: code)?.id == student.sessionID)
        let permissions = try FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int
        #expect(permissions == 0o700, "the data folder is its owner's only")
    }

    @Test("a student who started can't be started again (their name can't be picked by someone else)")
    func alreadyStarted() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try ClassStore(folder: folder)
        let session = try await store.createSession(title: "11B", form: "short")
        _ = try await store.startStudent(sessionID: session.id, studentID: "S-1", language: .en)
        await #expect(throws: StoreError.alreadyStarted) {
            _ = try await store.startStudent(sessionID: session.id, studentID: "S-1", language: .en)
        }
    }

    @Test("a resume code signs the student in with a new token; the old device's token stops working")
    func resume() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try ClassStore(folder: folder)
        let session = try await store.createSession(title: "11B", form: "short")
        let (student, oldToken) = try await store.startStudent(sessionID: session.id, studentID: "S-1", language: .en)
        #expect(student.resumeCode.count == 10)
        let (resumed, newToken) = try #require(try await store.resume(code: student.resumeCode))
        #expect(resumed.id == student.id)
        #expect(newToken != oldToken)
        #expect(try await store.student(token: oldToken) == nil)
        #expect(try await store.student(token: newToken)?.id == student.id)
        #expect(try await store.resume(code: "AAAAAAAAAA") == nil)
    }

    @Test("closing stops the join code; deleting removes the roster, students and answers")
    func closeAndDelete() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try ClassStore(folder: folder)
        let session = try await store.createSession(title: "11B", form: "short")
        try await store.setRoster([RosterName(studentID: "S-1", given: "Ana", family: "Ortiz")], sessionID: session.id)
        let (student, token) = try await store.startStudent(sessionID: session.id, studentID: "S-1", language: .en)
        try await store.savePage(
            studentRowID: student.id, questions: ["ipsf-01"], answers: ["ipsf-01": "4"], page: 1, finished: false)
        try await store.closeSession(id: session.id)
        #expect(try await store.openSession(joinCode: session.joinCode) == nil)
        try await store.deleteSession(id: session.id)
        #expect(try await store.session(id: session.id) == nil)
        #expect(try await store.student(token: token) == nil)
        #expect(try await store.roster(sessionID: session.id).isEmpty)
        #expect(try await store.answers(studentRowID: student.id).isEmpty)
        let database = try Data(contentsOf: folder.appendingPathComponent(ClassStore.fileName))
        #expect(database.range(of: Data("Ortiz".utf8)) == nil, "the deleted name is gone from the file (VACUUM)")
    }
}

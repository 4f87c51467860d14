import CareerInput
import Foundation
import Questionnaire
import Testing

@testable import ClassServer

@Suite("The console: counts without names, the answers CSV, the roster")
struct ConsoleTests {
    @Test("the answers CSV reads back through score's reader with the scores the server computed")
    func answersCSV() async throws {
        let test = try TestServer()
        defer { test.remove() }
        let session = try await test.openSession(form: "short")
        for id in ["S-1", "S-2"] { _ = try await test.student(id, code: session.code) }
        _ = try await test.student("S-3", code: session.code, finish: false)
        let reply = try await test.send(.get, "/console/sessions/\(session.id)/responses.csv")
        #expect(reply.status == 200)
        #expect(reply.headers[.contentDisposition]?.contains("responses-session-\(session.id).csv") == true)
        let file = test.folder.appendingPathComponent("answers.csv")
        try Data(reply.body).write(to: file)
        let scoring = try FormScoring(
            table: try ResponseFile.read(path: file.path),
            section: test.server.reports.pages(form: "short", language: .en).list.selfRating,
            numbers: nil)
        #expect(scoring.problems.isEmpty, "\(scoring.problems)")
        let stored = try await test.server.store.studentsWithAnswers(sessionID: session.id)
        for (student, answers) in stored where student.finishedAt != nil {
            let read = try #require(scoring.students.first { $0.respondent.id == student.studentID })
            let server = StudentResult(
                answers: answers, list: test.server.reports.pages(form: "short", language: .en).list, seconds: nil)
            #expect(read.scoring.scores == server.scoring.scores, "\(student.studentID)")
            #expect(read.skills == server.skills && read.plans == server.plans)
        }
    }

    @Test(
        "the session page counts started, finished and flagged, and shows no name; the zip holds the finished reports")
    func counts() async throws {
        let test = try TestServer()
        defer { test.remove() }
        let session = try await test.openSession()
        let csv = "id,given_name,family_name\nS-1,Zoë,Quintana\nS-2,Bo,Ek\nS-3,Cy,Ung\n"
        let counselor = try await test.browse("/console/sessions/\(session.id)")
        let boundary = "XyZ"
        let body =
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(counselor.csrf)\r\n"
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"roster\"; filename=\"r.csv\"\r\nContent-Type: text/csv\r\n\r\n\(csv)\r\n"
            + "--\(boundary)--\r\n"
        let upload = try await test.send(
            .post, "/console/sessions/\(session.id)/roster", body: Array(body.utf8), cookies: counselor.cookies,
            headers: ["Content-Type": "multipart/form-data; boundary=\(boundary)"])
        #expect(upload.status == 200 && upload.text.contains("Loaded 3 students."), "\(upload.text)")
        _ = try await test.student("S-1", code: session.code)
        _ = try await test.student("S-2", code: session.code) { _ in 2 }  // Every answer the same: flagged.
        _ = try await test.student("S-3", code: session.code, finish: false)
        let page = try await test.send(.get, "/console/sessions/\(session.id)")
        #expect(page.text.contains(#"<dd data-count="started">3</dd>"#))
        #expect(page.text.contains(#"<dd data-count="finished">2</dd>"#))
        // Both finished students are flagged: S-2 answered the same everywhere, and both answered
        // faster than 2 s an item (a test answers in milliseconds), which only S-2's flag stops.
        #expect(page.text.contains(#"<dd data-count="flagged">2</dd>"#))
        for name in ["Zoë", "Quintana", "Bo", "Ung"] { #expect(!page.text.contains(name), "\(name)") }
        #expect(page.text.contains("Students open <strong>http://127.0.0.1:8080/</strong>"), "where students go")
        let json = try await test.send(.get, "/console/sessions/\(session.id)/counts.json")
        #expect(json.text == #"{"started":3,"finished":2,"flagged":2}"#)
        let zip = try await test.send(.get, "/console/sessions/\(session.id)/reports.zip")
        #expect(zip.status == 200 && zip.body.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let names = String(decoding: zip.body, as: UTF8.self)
        #expect(names.contains("S-1.pdf") && names.contains("S-1.html"), "the finished student's report")
        #expect(!names.contains("S-2.pdf"), "every answer the same: no report, as batch does")
        #expect(!names.contains("S-3."), "not finished: no report")
        let report = try await test.send(
            .get, "/report/index.html",
            cookies: try await test.student("S-9", code: session.code, finish: false).cookies)
        #expect(report.status == 400 || report.status == 409 || report.status == 401)
    }

    @Test("a roster's bad rows are named by line; a roster without id or given_name is refused")
    func rosterProblems() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("roster-\(UUID())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let roster = try RosterUpload(
            bytes: Array("id,given_name,family_name\nS-1,Ana,Ortiz\n,Ben,Lee\nS-1,Cam,Ngo\nS-4,,Poe\n".utf8),
            scratch: scratch)
        #expect(roster.names == [RosterName(studentID: "S-1", given: "Ana", family: "Ortiz")])
        #expect(roster.problems.count == 3)
        #expect(roster.problems[0].hasPrefix("line 3: id:"))
        #expect(roster.problems[1].hasPrefix("line 4: id: 'S-1' appears twice"))
        #expect(roster.problems[2].hasPrefix("line 5: given_name: empty"))
        #expect(throws: ClientError.self) {
            _ = try RosterUpload(bytes: Array("name,email\nAna,a@b\n".utf8), scratch: scratch)
        }
        let latin1 = try RosterUpload(bytes: [UInt8]("id,given_name\nS-1,Jos".utf8) + [0xE9, 0x0A], scratch: scratch)
        #expect(latin1.names.first?.given == "José", "a Windows-1252 roster is read as the batch reader reads it")
    }
}

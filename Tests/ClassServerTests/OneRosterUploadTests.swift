import Foundation
import Testing
import ZIPFoundation

@testable import ClassServer

@Suite("The console's roster upload: a OneRoster export zipped as a school system exports it")
struct OneRosterUploadTests {
    /// The OneRoster 1.2 sample of the shared test data (`../shared/data`).
    static let sample12 = TestServer.repository.deletingLastPathComponent()
        .appendingPathComponent("shared/data/oneroster-1.2")
    static let hasSample12 = FileManager.default.fileExists(
        atPath: sample12.appendingPathComponent("manifest.csv").path)

    /// The session page's roster form, sent with `file` and `classID` as a browser sends it.
    func upload(
        _ file: [UInt8], named name: String, classID: String = "", to session: Int64, in test: TestServer,
        query: String = ""
    ) async throws -> TestServer.Reply {
        let counselor = try await test.browse("/console/sessions/\(session)")
        let boundary = "----b0undary"
        var body = Array(
            ("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(counselor.csrf)\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"class\"\r\n\r\n\(classID)\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"roster\"; filename=\"\(name)\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").utf8)
        body += file + Array("\r\n--\(boundary)--\r\n".utf8)
        return try await test.send(
            .post, "/console/sessions/\(session)/roster\(query)", body: body, cookies: counselor.cookies,
            headers: ["Content-Type": "multipart/form-data; boundary=\(boundary)"])
    }

    /// The repository's own OneRoster 1.1 sample (classes c-1 and c-2).
    static let sample11 = TestServer.repository.appendingPathComponent("samples/oneroster-1.1")

    /// The export in `folder` as one zip (its files in a folder, as exports often are).
    func zipped(_ folder: URL = sample12, in test: TestServer) throws -> [UInt8] {
        try FileManager.default.createDirectory(at: test.folder, withIntermediateDirectories: true)
        let zip = test.folder.appendingPathComponent("export-\(UUID()).zip")
        try FileManager.default.zipItem(at: folder, to: zip)
        return Array(try Data(contentsOf: zip))
    }

    @Test(
        "the 1.2 sample, zipped and given a class, is read by content (whatever its name) and students pick their names",
        .enabled(if: hasSample12, "needs ../shared/data/oneroster-1.2"))
    func loadsTheClass() async throws {
        let test = try TestServer()
        defer { test.remove() }
        let session = try await test.openSession()
        let reply = try await upload(
            try zipped(in: test), named: "roster.csv", classID: " CLASS_001 ", to: session.id, in: test)
        #expect(reply.status == 200 && reply.text.contains("Loaded 1 students."), "\(reply.text)")
        #expect(!reply.text.contains("Bruce"), "the console shows counts, not names")
        #expect(try await test.server.store.roster(sessionID: session.id).map(\.studentID) == ["USER_0"])
        let scratch = test.folder.appendingPathComponent("tmp").path
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: scratch).isEmpty,
            "the upload and its unpacked files are removed")
        let student = try await test.browse()
        let join = try await test.post("/join", ["code": session.code, "lang": "en"], as: student)
        #expect(join.text.contains(#"<option value="USER_0">Bruce Wayne</option>"#), "\(join.text)")
    }

    @Test("the repository's 1.1 sample, one class chosen: its students and no one else")
    func oneRoster11() async throws {
        let test = try TestServer()
        defer { test.remove() }
        let session = try await test.openSession()
        let reply = try await upload(
            try zipped(Self.sample11, in: test), named: "export.zip", classID: "c-2", to: session.id, in: test)
        #expect(reply.status == 200 && reply.text.contains("Loaded 2 students."), "\(reply.text)")
        let roster = try await test.server.store.roster(sessionID: session.id)
        #expect(Set(roster.map(\.display)) == ["Łucja Wiśniewska", "Ömer Çelik"])
    }

    @Test(
        "a class id that names nothing, or one given with a CSV, is a 400 page in English and Spanish naming the problem"
    )
    func unknownClass() async throws {
        let test = try TestServer()
        defer { test.remove() }
        let session = try await test.openSession()
        let zip = try zipped(Self.sample11, in: test)
        let english = try await upload(zip, named: "export.zip", classID: "CLASS_9", to: session.id, in: test)
        #expect(english.status == 400)
        #expect(english.text.contains("The OneRoster export can't be read"), "\(english.text)")
        #expect(english.text.contains("classes.csv: no active class has sourcedId"), "\(english.text)")
        #expect(english.text.contains("c-1, c-2"), "the classes there are")
        #expect(!english.text.contains(test.folder.path), "the server's scratch path is not shown")
        let spanish = try await upload(
            zip, named: "export.zip", classID: "CLASS_9", to: session.id, in: test, query: "?lang=es")
        #expect(spanish.status == 400 && spanish.text.contains("La exportación OneRoster no se puede leer"))
        let csv = try await upload(
            Array("id,given_name\nS-1,Ana\n".utf8), named: "r.csv", classID: "c-1", to: session.id, in: test)
        #expect(csv.status == 400 && csv.text.contains("This file is not a zip"), "\(csv.text)")
        #expect(try await test.server.store.roster(sessionID: session.id).isEmpty, "nothing loaded")
    }

    @Test("a broken zip, or a zip that is no OneRoster export, is a 400 page, not a 500")
    func badZip() async throws {
        let test = try TestServer()
        defer { test.remove() }
        let session = try await test.openSession()
        let truncated = [0x50, 0x4B, 0x03, 0x04] + Array("not really a zip".utf8)
        let broken = try await upload(truncated, named: "export.zip", to: session.id, in: test)
        #expect(broken.status == 400 && broken.text.contains("the zip can"), "\(broken.text)")
        let folder = test.folder.appendingPathComponent("not-oneroster")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("id,given_name\nS-1,Ana\n".utf8).write(to: folder.appendingPathComponent("roster.csv"))
        let zip = test.folder.appendingPathComponent("other.zip")
        try FileManager.default.zipItem(at: folder, to: zip)
        let other = try await upload(Array(try Data(contentsOf: zip)), named: "other.zip", to: session.id, in: test)
        #expect(other.status == 400 && other.text.contains("no manifest.csv"), "\(other.text)")
    }
}

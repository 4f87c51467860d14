import Foundation
import Testing

@Suite("career-report generate --format txt,eml")
struct EmailTests {
    func sample(_ name: String) -> String { CLI.repository.appendingPathComponent("samples/profiles/\(name)").path }

    @Test("an .eml addressed to the student, with the PDF attached, and a .txt beside it")
    func emailWithAttachment() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(
            [
                "generate", sample("jose-creative.yaml"), "--format", "txt,eml", "--from",
                "Ana Rivera <rivera@school.org>", "--attach-pdf", "--out", ".",
            ],
            in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) == ["s-0001.txt", "s-0001.eml"])
        let eml = try String(contentsOf: folder.appendingPathComponent("s-0001.eml"), encoding: .utf8)
        #expect(eml.hasPrefix("From: Ana Rivera <rivera@school.org>\r\n"))
        #expect(eml.contains("<jose@example.org>"))
        #expect(eml.contains("Content-Type: application/pdf"))
        #expect(eml.contains("filename*=UTF-8''Career%20report%20for%20Jos%C3%A9%20M%C3%BCller.pdf"))
        let text = try String(contentsOf: folder.appendingPathComponent("s-0001.txt"), encoding: .utf8)
        #expect(text.contains("José Müller"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 72 })
    }

    @Test("a Chinese name is written family first without a space, in the report and in the email's To:")
    func cjkName() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let profile = """
            id: s-0100
            name: {given: 小明, family: 王}
            email: xiaoming@example.org
            interests: {holland_code: EAI}
            """
        try profile.write(to: folder.appendingPathComponent("wang.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(
            ["generate", "wang.yaml", "--format", "txt,eml", "--from", "rivera@school.org", "--out", "."], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let eml = try String(contentsOf: folder.appendingPathComponent("s-0100.eml"), encoding: .utf8)
        #expect(eml.contains("To: =?UTF-8?B?\(Data("王小明".utf8).base64EncodedString())?= <xiaoming@example.org>\r\n"))
        let text = try String(contentsOf: folder.appendingPathComponent("s-0100.txt"), encoding: .utf8)
        #expect(text.contains("王小明"))
        #expect(!text.contains("小明 王"))
    }

    @Test("--format eml without --from is refused before anything is written")
    func needsSender() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(
            ["generate", sample("jose-creative.yaml"), "--format", "eml", "--out", "out"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("--format eml needs --from"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test("a student without an email address gets a clear error unless --to is given")
    func noRecipient() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sam = sample("sam-technical.yaml")  // has no email
        let refused = try CLI.run(
            ["generate", sam, "--format", "eml", "--from", "rivera@school.org", "--out", "."], in: folder)
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "student s-0003: email: the student has no email address; add one to the profile or pass --to"))
        let sent = try CLI.run(
            [
                "generate", sam, "--format", "eml", "--from", "rivera@school.org", "--to", "parents@example.org",
                "--out", ".",
            ], in: folder)
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(
            try String(contentsOf: folder.appendingPathComponent("s-0003.eml"), encoding: .utf8).contains(
                "To: parents@example.org\r\n"))
    }
}

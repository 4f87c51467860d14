import Foundation
import Testing

@testable import MIME

@Suite("Email messages")
struct EmailMessageTests {
    static let python = "/usr/bin/python3"

    func message(attach: Bool = true) throws -> [UInt8] {
        let from = try MailAddress(parsing: "Ana Rivera <rivera@school.org>")
        let to = try MailAddress(name: "Zoë Ñúñez", address: "zoe@example.org")
        let html =
            "<!DOCTYPE html><html lang=\"en\"><body><p>Zoë — " + String(repeating: "long text ", count: 40)
            + "</p></body></html>"
        return EmailMessage(
            from: from, to: to, subject: "Career report for Zoë Ñúñez", date: EmailDate.format(secondsSince1970: 0),
            text: "Hello Zoë\n\nYour report.\n", html: html,
            attachments: attach
                ? [
                    EmailAttachment(
                        fileName: "Career report for Zoë Ñúñez.pdf", contentType: "application/pdf",
                        bytes: Array(repeating: 0x25, count: 500))
                ] : []
        ).bytes()
    }

    @Test("every line ends in CRLF and none passes 78 characters")
    func lineRules() throws {
        let text = String(decoding: try message(), as: UTF8.self)
        #expect(!text.replacingAll("\r\n", with: "").contains("\n"))
        #expect(!text.replacingAll("\r\n", with: "").contains("\r"))
        for line in text.split(separator: "\r\n") { #expect(line.count <= 78, "\(line)") }
        #expect(try message().allSatisfy { $0 < 0x80 }, "7-bit clean")
    }

    @Test("the same report gives the same message")
    func deterministic() throws {
        #expect(try message() == message())
    }

    @Test(
        "Python's email parser reads it with no defects, the expected tree, and the Unicode back",
        .enabled(if: FileManager.default.isExecutableFile(atPath: python), "needs /usr/bin/python3"))
    func pythonOracle() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("message-\(UUID()).eml")
        try Data(try message()).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let report = try PythonEmailOracle.inspect(file.path, python: Self.python)
        #expect(report["defects"] as? Int == 0)
        #expect(
            report["tree"] as? String == "multipart/mixed[multipart/alternative[text/plain,text/html],application/pdf]")
        #expect(report["subject"] as? String == "Career report for Zoë Ñúñez")
        #expect(report["to_name"] as? String == "Zoë Ñúñez")
        #expect(report["filename"] as? String == "Career report for Zoë Ñúñez.pdf")
        #expect(report["attachment_size"] as? Int == 500)
        #expect((report["text"] as? String)?.contains("Hello Zoë") == true)
        #expect((report["html"] as? String)?.contains("Zoë — long text") == true)
    }

    @Test(
        "without attachments the message is the alternative itself",
        .enabled(if: FileManager.default.isExecutableFile(atPath: python), "needs /usr/bin/python3"))
    func noAttachment() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("message-\(UUID()).eml")
        try Data(try message(attach: false)).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let report = try PythonEmailOracle.inspect(file.path, python: Self.python)
        #expect(report["tree"] as? String == "multipart/alternative[text/plain,text/html]")
        #expect(report["defects"] as? Int == 0)
    }
}

/// Python's `email` package (policy=default) as an independent reader of our messages.
enum PythonEmailOracle {
    static let script = """
        import json, sys
        from email import policy
        from email.parser import BytesParser
        msg = BytesParser(policy=policy.default).parsebytes(open(sys.argv[1], 'rb').read())
        defects = 0
        def tree(part):
            global defects
            defects += len(part.defects)
            if part.is_multipart():
                return part.get_content_type() + '[' + ','.join(tree(p) for p in part.iter_parts()) + ']'
            return part.get_content_type()
        out = {'tree': tree(msg), 'subject': str(msg['subject']), 'to_name': msg['to'].addresses[0].display_name}
        out['defects'] = defects
        for part in msg.walk():
            if part.get_content_type() == 'text/plain': out['text'] = part.get_content()
            if part.get_content_type() == 'text/html': out['html'] = part.get_content()
            if part.get_filename():
                out['filename'] = part.get_filename(); out['attachment_size'] = len(part.get_content())
        print(json.dumps(out))
        """

    static func inspect(_ path: String, python: String) throws -> [String: Any] {
        try run(script, on: path, python: python)
    }

    /// The JSON object the Python `script` prints for the message at `path` (its `sys.argv[1]`).
    static func run(_ script: String, on path: String, python: String) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }
}

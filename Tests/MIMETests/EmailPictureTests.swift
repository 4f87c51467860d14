import EmailChecks
import Foundation
import ReportDocument
import TestImages
import Testing
import TextRenderer

@testable import HTMLRenderer
@testable import MIME

@Suite("Pictures in HTML, plain text and email")
struct EmailPictureTests {
    let badge = TestImages.reportImage(TestImages.badge, name: "School Logo!")

    private func document(_ blocks: [Block]) -> ReportDocument {
        ReportDocument(
            metadata: DocumentMetadata(title: "Pictures"),
            blocks: [.heading(Heading(level: 1, content: [.text("Pictures")]))] + blocks)
    }

    @Test("an <img> has its file name, escaped alt text, width and height, and email-safe styles")
    func imgAttributes() throws {
        let html = HTMLRenderer().render(
            document([
                .image(ImageBlock(image: badge, alt: #"Lincoln "High" & <Co>"#)),
                .image(ImageBlock(image: badge, alt: "", isDecorative: true, width: 90, alignment: .center)),
                .image(ImageBlock(image: TestImages.photo, alt: "A photo", width: 2_000, alignment: .trailing)),
            ]))
        let images = EmailLint.tags(in: html).filter { $0.name == "img" }
        #expect(images.count == 3)
        #expect(badge.fileName.hasPrefix("schoollogo-") && badge.fileName.hasSuffix(".png"))
        #expect(images.map { $0.attribute("src") } == [badge.fileName, badge.fileName, TestImages.photo.fileName])
        #expect(images[0].attribute("alt") == "Lincoln &quot;High&quot; &amp; &lt;Co&gt;")
        #expect(images[1].attribute("alt") == "", "a decorative picture has an empty alt")
        // Own size: one CSS pixel per image pixel; 90 pt are 120 px; never wider than the 536 px column.
        #expect(
            images.map { [$0.attribute("width"), $0.attribute("height")] } == [
                ["40", "30"], ["120", "90"], ["536", "402"],
            ])
        for image in images {
            let style = try #require(image.attribute("style"))
            #expect(style.hasPrefix("display:block;border:0;") && style.contains("max-width:100%;height:auto;"))
        }
        #expect(html.contains(#"<td align="center"><img"#) && html.contains(#"<td align="right"><img"#))
        #expect(EmailLint.problems(in: html) == [])
    }

    @Test("for an email, <img src> is the picture's cid: Content-ID")
    func contentIDs() {
        let html = HTMLRenderer(imageLinks: .contentIDs).render(
            document([.image(ImageBlock(image: badge, alt: "Logo"))]))
        let source = EmailLint.tags(in: html).first { $0.name == "img" }?.attribute("src")
        #expect(source == "cid:\(badge.fileName)@careerreport")
        #expect(EmailInlineImage(badge).contentID == "\(badge.fileName)@careerreport")
    }

    @Test("plain text shows a picture's alt text in brackets, and nothing for a decorative one")
    func plainText() {
        let text = PlainTextRenderer(width: 30).render(
            document([
                .paragraph(Paragraph(content: [.text("Before")])),
                .image(ImageBlock(image: badge, alt: "The Lincoln High School crest, a lion on a blue shield")),
                .image(ImageBlock(image: badge, alt: "ignored", isDecorative: true)),
                .paragraph(Paragraph(content: [.text("After")])),
            ]))
        #expect(
            text
                == """
                Pictures
                ========

                Before

                [The Lincoln High School
                crest, a lion on a blue
                shield]

                After

                """)
    }

    @Test(
        "an .eml carries the pictures in a multipart/related beside the HTML, each with the Content-ID the HTML names",
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: EmailMessageTests.python), "needs /usr/bin/python3"))
    func emailTree() throws {
        let report = document([
            .image(ImageBlock(image: badge, alt: "Logo")), .image(ImageBlock(image: TestImages.photo, alt: "Photo")),
            .image(ImageBlock(image: badge, alt: "Logo again")),
        ])
        let html = HTMLRenderer(imageLinks: .contentIDs).render(report)
        #expect(report.images.count == 2, "each picture once")
        let from = try MailAddress(parsing: "Ana Rivera <rivera@school.org>")
        let to = try MailAddress(name: "Zoë Ñúñez", address: "zoe@example.org")
        func message(attachments: [EmailAttachment]) -> [UInt8] {
            EmailMessage(
                from: from, to: to, subject: "Pictures", date: EmailDate.format(secondsSince1970: 0), text: "Text\n",
                html: html, attachments: attachments, inlineImages: report.images.map(EmailInlineImage.init)
            ).bytes()
        }
        let pdf = EmailAttachment(fileName: "report.pdf", contentType: "application/pdf", bytes: [0x25, 0x50])
        for (attachments, tree) in [
            (
                [pdf],
                "multipart/mixed[multipart/alternative[text/plain,multipart/related[text/html,image/png,image/jpeg]],application/pdf]"
            ),
            ([], "multipart/alternative[text/plain,multipart/related[text/html,image/png,image/jpeg]]"),
        ] {
            let bytes = message(attachments: attachments)
            let text = String(decoding: bytes, as: UTF8.self)
            for line in text.split(separator: "\r\n") { #expect(line.count <= 78, "\(line)") }
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("pictures-\(UUID()).eml")
            try Data(bytes).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let found = try PythonEmailOracle.inspect(file.path, python: EmailMessageTests.python)
            #expect(found["tree"] as? String == tree)
            #expect(found["defects"] as? Int == 0)
            let parts = try Self.relatedParts(file.path)
            #expect(parts["type"] as? String == "text/html", "multipart/related names its root's type")
            let images = try #require(parts["images"] as? [[String: Any]])
            #expect(images.map { $0["cid"] as? String } == report.images.map { "<\($0.fileName)@careerreport>" })
            #expect(images.map { $0["size"] as? Int } == report.images.map(\.bytes.count), "decoded back whole")
            #expect(images.allSatisfy { $0["disposition"] as? String == "inline" })
            let linked = try #require(parts["linked"] as? [String])
            #expect(Set(linked) == Set(report.images.map { "cid:\($0.fileName)@careerreport" }))
        }
    }

    /// The `multipart/related` part of the message at `path`, read by Python: its `type`
    /// parameter, each picture's Content-ID, disposition and decoded size, and the `cid:` links of the HTML.
    static func relatedParts(_ path: String) throws -> [String: Any] {
        let script = """
            import json, re, sys
            from email import policy
            from email.parser import BytesParser
            msg = BytesParser(policy=policy.default).parsebytes(open(sys.argv[1], 'rb').read())
            out = {'images': []}
            for part in msg.walk():
                if part.get_content_type() == 'multipart/related': out['type'] = part.get_param('type')
                if part.get_content_maintype() == 'image':
                    out['images'].append({'cid': part['Content-ID'], 'disposition': part.get_content_disposition(),
                                          'size': len(part.get_content())})
                if part.get_content_type() == 'text/html':
                    out['linked'] = re.findall(r'src="(cid:[^"]+)"', part.get_content())
            print(json.dumps(out))
            """
        return try PythonEmailOracle.run(script, on: path, python: EmailMessageTests.python)
    }
}

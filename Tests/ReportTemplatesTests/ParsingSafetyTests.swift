import Foundation
import ReportDocument
import ReportTemplates
import Testing

@Suite("Unsafe XML is refused and nothing is expanded")
struct ParsingSafetyTests {
    /// Text that only appears if /etc/passwd was read.
    static let passwdMarker = "root:x:0:0"

    @Test(
        "DOCTYPEs are refused before their declarations are read",
        arguments: [
            "xxe.xml", "billion-laughs.xml", "external-dtd.xml",
        ])
    func doctypeIsRefused(_ fixture: String) throws {
        let url = TestFiles.fixture(fixture)
        let error = try #require(throws: TemplateError.self) {
            try ReportTemplate.load(contentsOf: url, schema: sharedSchema)
        }
        let first = try #require(error.diagnostics.first)
        #expect(first.severity == .error)
        #expect(first.line == 2)
        #expect(first.message.contains("DOCTYPE"))
        #expect(first.description.hasPrefix("\(url.relativePath):2:"))
        #expect(!error.description.contains(Self.passwdMarker))
        #expect(!error.description.contains("lollol"))
    }

    @Test func passwdIsNeverInlined() throws {
        let bytes = try [UInt8](Data(contentsOf: TestFiles.fixture("xxe.xml")))
        let error = try #require(throws: TemplateError.self) {
            try ReportTemplate.parse(bytes, fileName: "xxe.xml", schema: sharedSchema)
        }
        #expect(!error.diagnostics.contains { $0.message.contains(Self.passwdMarker) })
        #expect(error.diagnostics.allSatisfy { $0.file == "xxe.xml" })
    }

    @Test func overSizedInputIsRefusedUnread() throws {
        var text = "<report xmlns=\"urn:careerreport:template:1\" version=\"1\"><meta><title>x</title></meta><body>"
        text += String(repeating: "<p>padding</p>", count: 80_000)
        text += "</body></report>"
        #expect(text.utf8.count > 1 << 20)
        let error = try #require(throws: TemplateError.self) {
            try ReportTemplate.parse(Array(text.utf8), fileName: "big.xml", schema: sharedSchema)
        }
        #expect(error.diagnostics.count == 1)
        #expect(error.diagnostics[0].message.contains("1 MiB"))
    }

    @Test func overSizedFileIsRefused() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("big-\(UUID().uuidString).xml")
        try Data(repeating: UInt8(ascii: " "), count: (1 << 20) + 1).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = try #require(throws: TemplateError.self) {
            try ReportTemplate.load(contentsOf: url, schema: sharedSchema)
        }
        #expect(error.diagnostics.map(\.message).joined().contains("larger than"))
    }

    @Test func missingFileIsNamed() throws {
        let url = TestFiles.fixture("does-not-exist.xml")
        let error = try #require(throws: TemplateError.self) {
            try ReportTemplate.load(contentsOf: url, schema: sharedSchema)
        }
        #expect(error.diagnostics.count == 1)
        #expect(error.diagnostics[0].file == url.relativePath)
        #expect(error.diagnostics[0].message.contains("does-not-exist.xml"))
    }

    @Test func malformedXMLGivesLineAndColumn() {
        let found = diagnostics(
            of: """
                <report xmlns="urn:careerreport:template:1" version="1">
                <meta><title>x</title></meta>
                <body><p>Fish & chips</p></body>
                </report>
                """)
        #expect(found.first?.line == 3)
        #expect(found.first?.column ?? 0 > 0)
        #expect(found.first?.message == "a bare '&' must be written &amp;")
    }

    @Test func missingSchemaFileIsNamed() {
        let url = TestFiles.fixture("no-such-schema.xsd")
        #expect(throws: TemplateError.self) { try TemplateSchema(contentsOf: url) }
    }
}

import Foundation
import ReportTemplates
import Testing

/// A schema that allows an element the tool can't build (a schema newer than the tool, or a block
/// type added to the schema only) must give an error at that element, not a report without it.
@Suite("An element the schema allows but the tool does not know")
struct UnknownElementTests {
    /// The project's schema with `<marquee>` added where `group` lists its choices.
    static func schema(addingMarqueeTo groups: [String]) throws -> TemplateSchema {
        var xsd = try String(contentsOf: TestFiles.schemaURL, encoding: .utf8)
        for group in groups {
            let opening = "<xs:group name=\"\(group)\">\n    <xs:choice>\n"
            #expect(xsd.contains(opening), "the schema lists the \(group) group's choices")
            xsd = xsd.replacingOccurrences(
                of: opening, with: opening + "      <xs:element name=\"marquee\" type=\"t:Inlines\"/>\n")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("report.xsd")
        try Data(xsd.utf8).write(to: url)
        return try TemplateSchema(contentsOf: url)
    }

    /// The errors of `body` under `schema`, or none when it loads.
    func errors(_ body: String, schema: TemplateSchema) -> [TemplateDiagnostic] {
        let text = """
            <report xmlns="urn:careerreport:template:1" version="1">
            <meta><title>T</title></meta>
            <body>\(body)</body>
            </report>
            """
        do {
            _ = try ReportTemplate.parse(Array(text.utf8), fileName: "new.xml", schema: schema)
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }
        }
    }

    @Test("an unknown block is an error at its line and column, naming it and the blocks the tool knows")
    func unknownBlock() throws {
        let schema = try Self.schema(addingMarqueeTo: ["Block"])
        let found = errors("<p>Before</p>\n<marquee>Hello</marquee>", schema: schema)
        #expect(found.count == 1)
        let error = try #require(found.first)
        #expect(error.file == "new.xml")
        #expect(error.line == 4 && error.column == 1)
        #expect(error.message.contains("<marquee>"))
        #expect(["<section>", "<p>", "<bar-chart>", "<each>"].allSatisfy(error.message.contains))
        #expect(errors("<p>Before</p>", schema: schema).isEmpty, "the extended schema itself is fine")
    }

    @Test("an unknown inline is an error too, also inside each, if and with")
    func unknownInline() throws {
        let schema = try Self.schema(addingMarqueeTo: ["Inline"])
        let found = errors(
            "<p>A <marquee>b</marquee> <if exists=\"x\"><with path=\"x\"><marquee>c</marquee></with></if></p>",
            schema: schema)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.line == 3 && $0.message.contains("<marquee>") && $0.message.contains("<em>") })
        #expect(Set(found.map(\.column)).count == 2)
    }
}

import Foundation
import ReportDocument
import ReportTemplates
import Testing

/// Paths next to this file: fixtures, and the repository's schema.
enum TestFiles {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repository = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let schemaURL = repository.appendingPathComponent("templates/schema/report.xsd")

    static func fixture(_ name: String) -> URL {
        testsFolder.appendingPathComponent("Fixtures").appendingPathComponent(name)
    }
}

/// The project's schema, compiled once for every test (it is shared across threads by design).
let sharedSchema: TemplateSchema = {
    do {
        return try TemplateSchema(contentsOf: TestFiles.schemaURL)
    } catch {
        fatalError("the schema does not compile:\n\(error)")
    }
}()

/// Parses a template written inline in a test; `body` goes inside `<body>` unless `document` is given.
func template(body: String, meta: String = "<title>T</title>", extra: String = "") throws(TemplateError)
    -> ReportTemplate
{
    let text = """
        <report xmlns="urn:careerreport:template:1" version="1">
        <meta>\(meta)</meta>\(extra)
        <body>\(body)</body>
        </report>
        """
    return try ReportTemplate.parse(Array(text.utf8), fileName: "inline.xml", schema: sharedSchema)
}

/// The diagnostics of a template that must fail to parse.
func diagnostics(of text: String, fileName: String = "bad.xml") -> [TemplateDiagnostic] {
    do {
        _ = try ReportTemplate.parse(Array(text.utf8), fileName: fileName, schema: sharedSchema)
        Issue.record("expected the template to be refused")
        return []
    } catch {
        return error.diagnostics
    }
}

/// The binding diagnostics of a template that parses but must fail to bind.
func bindingDiagnostics(_ template: ReportTemplate, _ data: ReportValue) -> [TemplateDiagnostic] {
    do {
        _ = try template.bind(data, theme: .standard)
        Issue.record("expected binding to fail")
        return []
    } catch {
        return error.diagnostics
    }
}

/// Shorthands for building report data in tests.
extension ReportValue {
    static func r(_ fields: KeyValuePairs<String, ReportValue>) -> ReportValue {
        .record(Dictionary(uniqueKeysWithValues: fields.map { ($0.key, $0.value) }))
    }
}

extension ReportValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}

extension ReportValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) { self = .number(value) }
}

extension ReportValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
}

extension ReportValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension ReportValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: ReportValue...) { self = .list(elements) }
}

/// The body blocks of `template` bound to `data`.
func bodyBlocks(_ template: ReportTemplate, _ data: ReportValue = .r([:])) throws(TemplateError) -> [Block] {
    try template.bind(data, theme: .standard).blocks
}

/// A body paragraph's inline content.
func paragraph(_ inlines: Inline...) -> Block {
    .paragraph(Paragraph(content: inlines))
}

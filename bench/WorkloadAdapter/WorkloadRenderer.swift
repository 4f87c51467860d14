import Foundation
import HTMLRenderer
import PDFRenderer
import ReportDocument
import ReportTemplates

/// Renders workload reports through the same template engine and renderers the product uses.
public struct WorkloadRenderer: Sendable {
    /// The workload's catalog.
    public var catalog: WorkloadCatalog
    /// `bench/workload-report.xml`, parsed and validated once.
    public var template: ReportTemplate
    /// `bench/theme.json`.
    public var theme: Theme
    /// The renderers, with the caches they keep between students for this renderer's life.
    private let pdfRenderer = PDFRenderer()
    private let htmlRenderer = HTMLRenderer()

    /// Loads the catalog, the template (validated against `schema`) and the theme.
    public init(catalogFile: String, templateFile: String, schemaFile: String, themeFile: String) throws {
        catalog = try WorkloadCatalog.read(catalogFile)
        let schema = try TemplateSchema(contentsOf: URL(fileURLWithPath: schemaFile))
        template = try ReportTemplate.load(contentsOf: URL(fileURLWithPath: templateFile), schema: schema)
        theme = try JSONDecoder().decode(Theme.self, from: Data(contentsOf: URL(fileURLWithPath: themeFile)))
    }

    /// The bound document of one student's report; with `copies` above 1, the report's content
    /// repeated that many times in one document (to measure how time grows with length).
    public func document(for student: WorkloadStudent, copies: Int = 1) throws -> ReportDocument {
        let report = WorkloadReport(student, catalog: catalog)
        var document = try template.bind(report.data(texts: catalog.report), theme: theme)
        let blocks = document.blocks
        for _ in 1..<max(copies, 1) { document.blocks += [.pageBreak] + blocks }
        return document
    }

    /// PDF bytes of one student's report (`copies` as for ``document(for:copies:)``).
    public func pdf(for student: WorkloadStudent, copies: Int = 1) throws -> [UInt8] {
        try pdfRenderer.render(document(for: student, copies: copies)).bytes
    }

    /// HTML of one student's report, as UTF-8 bytes.
    public func html(for student: WorkloadStudent) throws -> [UInt8] {
        htmlRenderer.utf8(try document(for: student))
    }
}

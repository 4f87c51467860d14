import Diagnostics
import Foundation
import ReportTemplates
import Testing

@testable import ReportPipeline

/// The repository's own templates and samples, read in place.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let templates = root.appendingPathComponent("templates")
    static func sample(_ name: String) -> String { root.appendingPathComponent("samples/profiles/\(name)").path }
}

@Suite("The generator: profile file to rendered reports")
struct ReportGeneratorTests {
    let generator: ReportGenerator

    init() throws {
        let setup = try ReportSetup.load(templatesFolder: Repository.templates)
        generator = ReportGenerator(
            setup: setup, formats: [.pdf, .html], date: try ReportDate(environment: ["SOURCE_DATE_EPOCH": "0"]))
    }

    @Test(
        "every sample profile renders both formats, named by id",
        arguments: ["jose-creative.yaml", "zoe-mix.json", "sam-technical.yaml"])
    func samples(name: String) throws {
        let report = try generator.report(forProfileAt: Repository.sample(name))
        #expect(report.files.map(\.name) == ["\(report.studentID).pdf", "\(report.studentID).html"])
        #expect(report.files[0].bytes.starts(with: Array("%PDF-".utf8)))
        #expect(String(decoding: report.files[1].bytes, as: UTF8.self).hasPrefix("<!DOCTYPE html>"))
    }

    @Test("a broken profile throws an error naming its file, and nothing is rendered")
    func brokenProfile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID()).yaml")
        try Data("name: {given: A}\ninterests: {holland_code: A}\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect { try generator.report(forProfileAt: file.path) } throws: { error in
            guard let error = error as? PipelineError, error.category == .input,
                let diagnostic = error.diagnostics.first, case .inputFile = diagnostic.problem
            else { return false }
            return diagnostic.location.file == file.path && diagnostic.location.field == "id"
        }
    }

    @Test("a template that can't be bound to one student's data is a report error naming the student and the line")
    func bindFailure() throws {
        let loaded = try ReportSetup.load(templatesFolder: Repository.templates)
        // Parsed without the data model's shape, so the misspelt path is found only when binding.
        let template = try ReportTemplate.parse(
            Array(
                """
                <report xmlns="urn:careerreport:template:1" version="1"><meta><title>T</title></meta><body>
                <p><value of="student.nmae.full"/></p>
                </body></report>
                """.utf8), fileName: "unchecked.xml", schema: loaded.session.schema)
        let setup = ReportSetup(catalog: loaded.catalog, template: template, session: loaded.session)
        let unchecked = ReportGenerator(setup: setup, formats: [.html], date: generator.date)
        do {
            _ = try unchecked.report(forProfileAt: Repository.sample("jose-creative.yaml"))
            Issue.record("expected the bind to fail")
        } catch {
            #expect(error.category == .report)
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics.first?.student == "s-0001")
            #expect(error.diagnostics.first?.location == Location(file: "unchecked.xml", line: 2, column: 4))
        }
    }

    @Test("the template's own warnings reach the setup's warnings, to be shown once")
    func templateWarnings() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("warns-\(UUID()).xml")
        try Data(
            """
            <report xmlns="urn:careerreport:template:1" version="1"><meta><title>T</title></meta><body>
            <heading level="2">Starts at two</heading>
            </body></report>
            """.utf8
        ).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let setup = try ReportSetup.load(templatesFolder: Repository.templates, template: file.path)
        let warning = try #require(setup.warnings.first)
        #expect(warning.severity == .warning)
        #expect(warning.location.file == file.path && warning.location.line == 2)
        guard case .template = warning.problem else {
            Issue.record("expected a template warning, got \(warning)")
            return
        }
    }

    @Test("the same profile and SOURCE_DATE_EPOCH give the same bytes")
    func deterministic() throws {
        let first = try generator.report(forProfileAt: Repository.sample("jose-creative.yaml"))
        let second = try generator.report(forProfileAt: Repository.sample("jose-creative.yaml"))
        #expect(first.files.map(\.bytes) == second.files.map(\.bytes))
    }

    @Test("a templates folder without a schema is refused with a clear message")
    func wrongTemplatesFolder() {
        #expect(
            throws: PipelineError.usage(
                .notATemplatesFolder(path: Repository.root.path, marker: TemplateFolder.marker), option: "--templates")
        ) { try TemplateFolder.locate(explicit: Repository.root.path) }
        #expect(throws: Never.self) { try TemplateFolder.locate(explicit: Repository.templates.path) }
    }
}

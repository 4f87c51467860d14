import Foundation
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
            "\(error)".contains(file.path) && "\(error)".contains("id: the field is missing")
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
        #expect { try TemplateFolder.locate(explicit: Repository.root.path) } throws: {
            "\($0)".contains("not a templates folder")
        }
        #expect(throws: Never.self) { try TemplateFolder.locate(explicit: Repository.templates.path) }
    }
}

import Diagnostics
import Foundation
import Testing

@testable import ReportPipeline

@Suite("Formats, dates and atomic files")
struct PipelineOptionsTests {
    @Test("formats parse in any case and order, without repeats")
    func formats() throws {
        #expect(try OutputFormat.list("html, PDF,html") == [.pdf, .html])
        #expect(throws: PipelineError.self) { try OutputFormat.list("pdf,docx") }
        #expect(
            throws: PipelineError.usage(
                .unknownFormat(name: "docx", known: ["pdf", "html", "txt", "eml"]), option: "--format")
        ) {
            try OutputFormat.list("docx")
        }
    }

    @Test("SOURCE_DATE_EPOCH fixes the report date; a bad value is an error")
    func reportDate() throws {
        let date = try ReportDate(environment: ["SOURCE_DATE_EPOCH": "1764374400"])
        #expect(date.isoDay == "2025-11-29")
        #expect(date.isReproducible)
        #expect(throws: PipelineError.self) { try ReportDate(environment: ["SOURCE_DATE_EPOCH": "yesterday"]) }
        #expect(try ReportDate(environment: [:]).isReproducible == false)
    }

    @Test("atomic writes leave the file and no temporary behind")
    func atomicWrite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try AtomicFile.prepareFolder(folder)
        try AtomicFile.write(Array("hello".utf8), to: folder.appendingPathComponent("s-1.html"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["s-1.html"])
    }

    @Test("a write that fails leaves nothing and says what to check")
    func failedWrite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try AtomicFile.prepareFolder(folder)
        let target = folder.appendingPathComponent("missing-subfolder/s-1.pdf")
        #expect { try AtomicFile.write([1, 2, 3], to: target) } throws: { error in
            guard let error = error as? PipelineError, error.category == .output,
                case .cannotWrite(let path, let reason) = error.diagnostics.first?.problem
            else { return false }
            return path == target.relativePath && reason.contains("writable")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("an output path that is a file is refused")
    func outputIsAFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("file-\(UUID())")
        try Data().write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: PipelineError.self) { try AtomicFile.prepareFolder(file) }
    }
}

import Foundation
import Testing

@testable import BenchWorkload

/// ../shared/bench/workload, read in place.
enum Workload {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/bench/workload").standardizedFileURL
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static var present: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("expected_dump.tsv").path)
    }
}

@Suite("The peer workload, computed by our adapter")
struct ExpectedDumpTests {
    @Test(
        "the content of all 1,000 reports matches expected_dump.tsv byte for byte",
        .enabled(if: Workload.present, "needs ../shared/bench/workload"))
    func expectedDump() throws {
        let catalog = try WorkloadCatalog.read(Workload.folder.appendingPathComponent("catalog.json").path)
        let students = try WorkloadStudent.roster(
            Workload.folder.appendingPathComponent("roster.csv").path, limit: 1000)
        #expect(students.count == 1000)
        let dump = students.map { WorkloadReport($0, catalog: catalog).dump(missingNone: catalog.report.missing_none) }
            .joined()
        let expected = try String(
            contentsOf: Workload.folder.appendingPathComponent("expected_dump.tsv"), encoding: .utf8)
        let mismatch = zip(dump.split(separator: "\n"), expected.split(separator: "\n")).first { $0 != $1 }
        #expect(mismatch == nil, "first difference: \(String(describing: mismatch))")
        #expect(dump == expected)
    }

    @Test(
        "the workload template binds and renders a two-page PDF and an HTML report",
        .enabled(if: Workload.present, "needs ../shared/bench/workload"))
    func renders() throws {
        let renderer = try WorkloadRenderer(
            catalogFile: Workload.folder.appendingPathComponent("catalog.json").path,
            templateFile: Workload.repository.appendingPathComponent("bench/workload-report.xml").path,
            schemaFile: Workload.repository.appendingPathComponent("templates/schema/report.xsd").path,
            themeFile: Workload.repository.appendingPathComponent("bench/theme.json").path)
        let student = try #require(
            try WorkloadStudent.roster(Workload.folder.appendingPathComponent("roster.csv").path, limit: 1).first)
        let document = try renderer.document(for: student)
        #expect(document.metadata.title == "Career Report: Amelia Lefèvre")
        #expect(try renderer.pdf(for: student).starts(with: Array("%PDF-".utf8)))
        #expect(String(decoding: try renderer.html(for: student), as: UTF8.self).contains("Social Media Manager"))
    }

    @Test("scores are written with one decimal exactly as %.1f writes them, ties included")
    func oneDecimal() {
        let ties = [0.25, 0.35, 0.05, 0.15, 2.675, 99.95, 12.45, 0.0, -0.0, -0.04, -2.25, 100]
        let sweep = (0..<20_000).map { Double($0) * 0.005 + Double($0 % 7) * 1e-13 }
        for value in ties + sweep {
            #expect(OneDecimal.text(value) == String(format: "%.1f", value), "\(value)")
        }
    }

    @Test("placeholders fill like Python's format_map")
    func fill() {
        #expect(
            WorkloadReport.fill("Dear {first_name}, {n} careers", ["first_name": "Zoë", "n": "12"])
                == "Dear Zoë, 12 careers")
    }
}

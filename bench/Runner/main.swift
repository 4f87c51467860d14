import ArgumentParser
import BenchWorkload
import Foundation

/// `bench-workload ROSTER OUT N`: the peer workload's reports through CareerReport's own template
/// engine and renderers, one process like the peers, for `make bench` (../shared/bench/run_peers.sh).
@main
struct BenchWorkloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-workload",
        abstract: "Render the peer benchmark's workload with CareerReport (for make bench).")

    @Argument(help: "The workload roster (../shared/bench/workload/roster.csv).") var roster: String
    @Argument(help: "Output folder for <id>.pdf / <id>.html.") var out: String
    @Argument(help: "How many students, from the top of the roster.") var count: Int

    @Option(help: "pdf or html.") var format = "pdf"
    @Flag(help: "Print the canonical content dump (model.py --dump) instead of rendering.") var dump = false
    @Option(help: "The repository root (default: found from the executable).") var root: String?
    @Option(help: "Repeat each report's content this many times in one PDF (to measure length).") var `repeat` = 1

    func run() throws {
        let root = root.map { URL(fileURLWithPath: $0) } ?? Self.repositoryRoot()
        let workload = URL(fileURLWithPath: roster).deletingLastPathComponent()
        let renderer = try WorkloadRenderer(
            catalogFile: workload.appendingPathComponent("catalog.json").path,
            templateFile: root.appendingPathComponent("bench/workload-report.xml").path,
            schemaFile: root.appendingPathComponent("templates/schema/report.xsd").path,
            themeFile: root.appendingPathComponent("bench/theme.json").path)
        let students = try WorkloadStudent.roster(roster, limit: count)
        if dump {
            for student in students {
                print(
                    WorkloadReport(student, catalog: renderer.catalog).dump(
                        missingNone: renderer.catalog.report.missing_none), terminator: "")
            }
            return
        }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        for student in students {
            let file = URL(fileURLWithPath: out).appendingPathComponent("\(student.id).\(format)")
            switch format {
            case "pdf": try Self.write(renderer.pdf(for: student, copies: `repeat`), to: file.path)
            case "html": try Self.write(renderer.html(for: student), to: file.path)
            default: throw ValidationError("--format must be pdf or html")
            }
        }
    }

    /// Writes `bytes` to `path` as the peers do: open, write, close, no fsync (Foundation's
    /// `Data.write` syncs every file to disk, which would time the disk, not the renderer).
    static func write(_ bytes: [UInt8], to path: String) throws {
        guard let file = fopen(path, "wb") else { throw ValidationError("can't write \(path)") }
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        guard fclose(file) == 0, written == bytes.count else { throw ValidationError("can't write \(path)") }
    }

    /// The folder holding templates/ and bench/, found upward from the executable.
    static func repositoryRoot() -> URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<6 {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("bench/workload-report.xml").path) {
                return folder
            }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }
}

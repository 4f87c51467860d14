import BenchWorkload
import Foundation

/// `bench-workload ROSTER OUT N`: the peer workload's reports through CareerReport's own template
/// engine and renderers, one process like the peers, for `make bench` (../shared/bench/run_peers.sh).
@main
enum BenchWorkloadCommand {
    static func main() {
        do {
            try run(BenchOptions(Array(CommandLine.arguments.dropFirst())))
        } catch let error as UsageError {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            exit(error.problem == nil ? 0 : 64)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            exit(1)
        }
    }

    static func run(_ options: BenchOptions) throws {
        let root = options.root.map { URL(fileURLWithPath: $0) } ?? repositoryRoot()
        let workload = URL(fileURLWithPath: options.roster).deletingLastPathComponent()
        let renderer = try WorkloadRenderer(
            catalogFile: workload.appendingPathComponent("catalog.json").path,
            templateFile: root.appendingPathComponent("bench/workload-report.xml").path,
            schemaFile: root.appendingPathComponent("templates/schema/report.xsd").path,
            themeFile: root.appendingPathComponent("bench/theme.json").path)
        let students = try WorkloadStudent.roster(options.roster, limit: options.count)
        if options.dump {
            for student in students {
                print(
                    WorkloadReport(student, catalog: renderer.catalog).dump(
                        missingNone: renderer.catalog.report.missing_none), terminator: "")
            }
            return
        }
        try FileManager.default.createDirectory(atPath: options.out, withIntermediateDirectories: true)
        // Paths joined as text, like the peers' os.path.join: Foundation's URL(fileURLWithPath:)
        // asks the file system whether each one is a folder.
        let folder = options.out.hasSuffix("/") ? options.out : options.out + "/"
        for student in students {
            let path = folder + "\(student.id).\(options.format)"
            if options.format == "pdf" {
                try write(renderer.pdf(for: student, copies: options.copies), to: path)
            } else {
                try write(renderer.html(for: student), to: path)
            }
        }
    }

    /// Writes `bytes` to `path` as the peers do: open, one write, close, no fsync (Foundation's
    /// `Data.write` syncs every file to disk, which would time the disk, not the renderer).
    static func write(_ bytes: [UInt8], to path: String) throws {
        let file = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard file >= 0 else { throw WorkloadError("can't write \(path)") }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(file, $0.baseAddress! + written, $0.count - written) }
            guard count > 0 else { break }
            written += count
        }
        guard close(file) == 0, written == bytes.count else { throw WorkloadError("can't write \(path)") }
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

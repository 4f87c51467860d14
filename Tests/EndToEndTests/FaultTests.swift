import Foundation
import Testing

/// Faults while writing: a read-only output folder, a full disk, a font file that disappears
/// mid-batch, and Ctrl-C or SIGTERM mid-batch. Each gets a clear error, leaves no temporary or
/// half-written file, and `--resume` completes the run afterwards.
@Suite("Faults: read-only folder, full disk, vanished font, interruption", .serialized)
struct FaultTests {
    /// True when this process may mount filesystems (root in a container that allows it).
    static let canMount: Bool = {
        guard let folder = try? CLI.temporaryFolder() else { return false }
        defer { try? FileManager.default.removeItem(at: folder) }
        guard (try? command("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", folder.path])) == 0 else {
            return false
        }
        _ = try? command("/bin/umount", [folder.path])
        return true
    }()

    /// Runs a system command and returns its exit status.
    static func command(_ path: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// A roster of `count` students with valid scores, ids `s-000`...
    static func roster(_ count: Int) -> Data {
        utf8(
            "id,given_name,R,I,A,S,E,C\n"
                + (0..<count).map { String(format: "s-%03d,Ann,%d,20,30,10,25,15\n", $0, $0 % 41) }.joined())
    }

    /// Checks what a faulted run left in `out`: no hidden or temporary file, every PDF complete,
    /// every HTML closed, and the manifest (if any) valid JSON.
    static func expectNothingCorrupted(in out: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        for name in names {
            #expect(!name.hasPrefix("."), "temporary file left: \(name)", sourceLocation: sourceLocation)
            let data = try Data(contentsOf: out.appendingPathComponent(name))
            if name.hasSuffix(".pdf") {
                #expect(data.starts(with: Data("%PDF-".utf8)), "\(name) is not a PDF", sourceLocation: sourceLocation)
                #expect(
                    String(decoding: data.suffix(32), as: UTF8.self).contains("%%EOF"), "\(name) is cut off",
                    sourceLocation: sourceLocation)
            }
            if name.hasSuffix(".html") {
                #expect(
                    String(decoding: data.suffix(64), as: UTF8.self).contains("</html>"), "\(name) is cut off",
                    sourceLocation: sourceLocation)
            }
            if name == "manifest.json" {
                #expect(
                    (try? JSONSerialization.jsonObject(with: data)) != nil, "manifest.json is not valid JSON",
                    sourceLocation: sourceLocation)
            }
        }
    }

    /// Reports of `out` by student id.
    static func reportIDs(in out: URL) -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        return Set(names.filter { $0.hasPrefix("s-") && $0.hasSuffix(".pdf") }.map { String($0.dropLast(4)) })
    }

    @Test(
        "a read-only output folder: exit 1, a message naming the folder, and nothing written",
        .enabled(if: canMount, "mounting is not allowed here (needs root in a container that permits mount)"))
    func readOnlyFolder() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write("p.yaml", goodProfile)
        try sandbox.write("r.csv", Self.roster(3))
        let out = sandbox.work.appendingPathComponent("ro")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try #require(try Self.command("/bin/mount", ["--bind", out.path, out.path]) == 0)
        defer { _ = try? Self.command("/bin/umount", [out.path]) }
        try #require(try Self.command("/bin/mount", ["-o", "remount,bind,ro", out.path]) == 0)

        let generate = try CLI.bounded(["generate", "p.yaml", "--out", "ro"], in: sandbox.work)
        #expect(generate.status == 1)
        #expect(generate.stderr.contains("ro/s-1.pdf") && generate.stderr.contains("read only"))
        let batch = try CLI.bounded(["batch", "r.csv", "--out", "ro", "-q"], in: sandbox.work)
        #expect(batch.status == 1, "\(batch.stderr)")
        #expect(batch.stderr.contains("ro/"))
        #expect(!batch.crashed && !batch.timedOut)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    @Test(
        "a full disk: the rows that could not be written fail with a clear error, nothing is half-written, and --resume completes",
        .enabled(if: canMount, "mounting a tmpfs is not allowed here (needs root in a container that permits mount)"))
    func fullDisk() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write("r.csv", Self.roster(12))
        let out = sandbox.work.appendingPathComponent("small")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try #require(try Self.command("/bin/mount", ["-t", "tmpfs", "-o", "size=160k", "tmpfs", out.path]) == 0)
        defer { _ = try? Self.command("/bin/umount", [out.path]) }

        let full = try CLI.bounded(["batch", "r.csv", "--out", "small", "-q", "--jobs", "2"], in: sandbox.work)
        #expect(!full.crashed && !full.timedOut)
        #expect([1, 2].contains(full.status), "exit \(full.status): \(full.stderr.prefix(800))")
        #expect(full.stderr.contains("space"), "\(full.stderr.prefix(800))")
        try Self.expectNothingCorrupted(in: out)

        try #require(try Self.command("/bin/mount", ["-o", "remount,size=64m", out.path]) == 0)
        let resumed = try CLI.bounded(["batch", "r.csv", "--out", "small", "-q", "--resume"], in: sandbox.work)
        #expect(resumed.status == 0, "\(resumed.stderr.prefix(800))")
        #expect(Self.reportIDs(in: out).count == 12)
        try Self.expectNothingCorrupted(in: out)
    }

    @Test("a font file deleted mid-batch: fonts are read once per run, so every report is still made whole")
    func fontVanishes() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.copyTemplates(to: "tpl")
        let fonts = sandbox.work.appendingPathComponent("fonts")
        try FileManager.default.createDirectory(at: fonts, withIntermediateDirectories: true)
        let regular = fonts.appendingPathComponent("Regular.ttf")
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), to: regular)
        let themeURL = sandbox.work.appendingPathComponent("tpl/theme.json")
        var theme = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: themeURL)) as? [String: Any])
        var fontTable = theme["fonts"] as? [String: Any] ?? [:]
        fontTable["regular"] = regular.path
        theme["fonts"] = fontTable
        try JSONSerialization.data(withJSONObject: theme).write(to: themeURL)
        try sandbox.write("r.csv", Self.roster(60))
        let out = sandbox.work.appendingPathComponent("out")

        let batch = try BackgroundRun(
            ["batch", "r.csv", "--out", "out", "--templates", "tpl", "--jobs", "1", "--format", "pdf", "-q"],
            in: sandbox.work)
        try batch.waitUntil { !Self.reportIDs(in: out).isEmpty }
        try FileManager.default.removeItem(at: regular)
        let run = batch.finish()
        #expect(!run.crashed && !run.timedOut)
        #expect(run.status == 0, "exit \(run.status): \(run.stderr.prefix(800))")
        #expect(Self.reportIDs(in: out).count == 60)
        try Self.expectNothingCorrupted(in: out)

        let again = try CLI.bounded(
            ["batch", "r.csv", "--out", "again", "--templates", "tpl", "--format", "pdf", "-q"], in: sandbox.work)
        #expect(again.status == 1, "a new run with the font gone must stop at setup: \(again.stderr.prefix(800))")
        #expect(again.stderr.contains("fonts.regular") && again.stderr.contains(regular.path))
    }

    @Test(
        "Ctrl-C or SIGTERM mid-batch: exit 130 or 143, a manifest marked interrupted, and --resume completes",
        arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func interrupted(signal: Int32, status: Int32) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write("r.csv", Self.roster(60))
        let out = sandbox.work.appendingPathComponent("out")
        let batch = try BackgroundRun(
            ["batch", "r.csv", "--out", "out", "--jobs", "1", "--format", "pdf"], in: sandbox.work)
        try batch.waitUntil { !Self.reportIDs(in: out).isEmpty }
        batch.send(signal)
        let run = batch.finish()
        #expect(!run.timedOut)
        #expect(run.status == status, "exit \(run.status): \(run.stderr.suffix(800))")
        #expect(run.stderr.contains("--resume"), "\(run.stderr.suffix(800))")
        try Self.expectNothingCorrupted(in: out)
        let manifest = try Data(contentsOf: out.appendingPathComponent("manifest.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: manifest) as? [String: Any])
        #expect(object["interrupted"] as? Bool == true)
        #expect(Self.reportIDs(in: out).count < 60, "the batch finished before the signal; make it longer")

        let resumed = try CLI.bounded(
            ["batch", "r.csv", "--out", "out", "--format", "pdf", "-q", "--resume"], in: sandbox.work)
        #expect(resumed.status == 0, "\(resumed.stderr.prefix(800))")
        #expect(Self.reportIDs(in: out).count == 60)
        try Self.expectNothingCorrupted(in: out)
    }
}

/// `career-report` running in the background, to be interrupted or faulted while it works.
final class BackgroundRun {
    private let process = Process()
    private let streams: StreamCollector
    private let started = Date()

    init(_ arguments: [String], in folder: URL) throws {
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(["SOURCE_DATE_EPOCH": "1764374400"]) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        streams = StreamCollector(out: out, err: err)
    }

    /// Polls `condition` every 5 ms for up to 60 s; throws when it never holds.
    func waitUntil(_ condition: () -> Bool) throws {
        while !condition() {
            guard process.isRunning, Date().timeIntervalSince(started) < 60 else {
                throw CocoaError(
                    .fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "the batch made no report in time"])
            }
            usleep(5_000)
        }
    }

    /// Sends `signal` to the tool.
    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits for the tool to end (killing it 60 s after it started) and returns how it ended.
    func finish() -> BoundedRun {
        BoundedRun.waiting(for: process, streams: streams, until: started.addingTimeInterval(60))
    }
}

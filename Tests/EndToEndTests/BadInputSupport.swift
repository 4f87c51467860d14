import Foundation
import Testing

/// A folder tree for one hostile-input run, and the checks every such run must pass.
///
/// The tool runs in `root/a/b/work` with `--out out`, so an id such as `../../etc/x` would land
/// inside `root`, where ``newFiles(since:)`` sees it.
struct Sandbox {
    /// The top of the tree; removed by ``remove()``.
    let root: URL
    /// The working folder the tool runs in; inputs are written here.
    let work: URL

    init() throws {
        root = try CLI.temporaryFolder()
        work = root.appendingPathComponent("a/b/work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    /// Writes `data` to `name` (relative to ``work``), creating folders.
    func write(_ name: String, _ data: Data) throws {
        let url = work.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Makes `name` a sparse file of `bytes` bytes (fast, takes no disk).
    func writeSparse(_ name: String, bytes: Int) throws {
        let url = work.appendingPathComponent(name)
        try Data().write(to: url)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(bytes))
        try handle.close()
    }

    /// Copies the repository's templates folder to `work/name`.
    func copyTemplates(to name: String) throws {
        try FileManager.default.copyItem(
            at: CLI.repository.appendingPathComponent("templates"), to: work.appendingPathComponent(name))
    }

    /// Every file and folder under ``root``, as paths relative to it.
    func listing() -> Set<String> {
        var paths: Set<String> = []
        if let walker = FileManager.default.enumerator(atPath: root.path) {
            for case let path as String in walker { paths.insert(path) }
        }
        return paths
    }

    /// The paths under ``root`` that were not in `before`.
    func newFiles(since before: Set<String>) -> Set<String> { listing().subtracting(before) }

    /// Removes the whole tree.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// How one run of the tool ended.
struct BoundedRun {
    var status: Int32
    var stdout: String
    var stderr: String
    /// True when the tool died of a signal (a crash) rather than exiting.
    var crashed: Bool
    /// True when the tool was killed for running past the time limit (a hang).
    var timedOut: Bool
}

extension CLI {
    /// Runs `career-report` in `folder` and kills it after `seconds`; output is read on other
    /// threads, so a tool that writes a lot to both streams can't block.
    static func bounded(
        _ arguments: [String], in folder: URL, seconds: Double = 60, environment: [String: String] = [:]
    )
        throws -> BoundedRun
    {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["SOURCE_DATE_EPOCH": "1764374400"].merging(environment) { $1 }
        ) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return BoundedRun.waiting(
            for: process, streams: StreamCollector(out: out, err: err), until: Date().addingTimeInterval(seconds))
    }
}

extension BoundedRun {
    /// Waits for `process` to end, killing it at `deadline`, and returns how it ended.
    static func waiting(for process: Process, streams: StreamCollector, until deadline: Date) -> BoundedRun {
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(10_000)
        }
        process.waitUntilExit()
        let (stdout, stderr) = streams.wait()
        return BoundedRun(
            status: process.terminationStatus, stdout: stdout, stderr: stderr,
            crashed: process.terminationReason == .uncaughtSignal && !timedOut, timedOut: timedOut)
    }
}

/// Reads a process's two output pipes on background threads until they close.
final class StreamCollector: @unchecked Sendable {
    private var out = Data(), err = Data()
    private let group = DispatchGroup()

    init(out: Pipe, err: Pipe) {
        group.enter()
        DispatchQueue.global().async {
            self.out = out.fileHandleForReading.readDataToEndOfFile()
            self.group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            self.err = err.fileHandleForReading.readDataToEndOfFile()
            self.group.leave()
        }
    }

    /// Both streams as text, once both pipes are closed.
    func wait() -> (String, String) {
        group.wait()
        return (String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}

/// One bad input and what the tool must do with it.
struct BadCase: Sendable, CustomTestStringConvertible {
    /// What is wrong, as the test's name.
    var name: String
    /// Files to write into the working folder before the run.
    var files: [String: Data] = [:]
    /// Files to make sparse, with their size.
    var sparse: [String: Int] = [:]
    /// Copy the templates folder to `tpl/` first (files above may then overwrite parts of it).
    var templates = false
    /// The command line after `career-report`; `--out out` is added unless it holds `--out`.
    var arguments: [String]
    /// The exit code documented for this case.
    var status: Int32
    /// Text every one of which the error output must hold: the file, and the line or field.
    var mentions: [String]
    /// Outputs that must exist afterwards (the good rows of a partly bad input).
    var written: Set<String> = []

    var testDescription: String { name }
}

/// Runs a ``BadCase`` and checks the promises every bad input gets: the documented exit code,
/// a message naming the file and the line or field, no crash, no hang, nothing written outside
/// `out/`, and no temporary or partial file left in it.
func check(_ badCase: BadCase, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let sandbox = try Sandbox()
    defer { sandbox.remove() }
    if badCase.templates { try sandbox.copyTemplates(to: "tpl") }
    for (name, data) in badCase.files { try sandbox.write(name, data) }
    for (name, size) in badCase.sparse { try sandbox.writeSparse(name, bytes: size) }
    let before = sandbox.listing()
    let arguments = badCase.arguments.contains("--out") ? badCase.arguments : badCase.arguments + ["--out", "out"]
    let run = try CLI.bounded(arguments, in: sandbox.work)
    #expect(!run.crashed, "crashed: \(run.stderr.suffix(2000))", sourceLocation: sourceLocation)
    #expect(!run.timedOut, "did not finish within 60 s", sourceLocation: sourceLocation)
    #expect(
        run.status == badCase.status, "exit \(run.status): \(run.stderr.prefix(1500))", sourceLocation: sourceLocation)
    for text in badCase.mentions {
        #expect(
            run.stderr.contains(text), "no '\(text)' in: \(run.stderr.prefix(1500))", sourceLocation: sourceLocation)
    }
    let new = sandbox.newFiles(since: before)
    let outside = new.filter { !$0.hasPrefix("a/b/work/out/") && $0 != "a/b/work/out" }
    #expect(outside.isEmpty, "written outside --out: \(outside.sorted())", sourceLocation: sourceLocation)
    let leftovers = new.filter {
        let name = ($0 as NSString).lastPathComponent
        return name.hasPrefix(".") || name.hasSuffix(".tmp") || name.hasSuffix(".partial")
    }
    #expect(leftovers.isEmpty, "temporary files left: \(leftovers.sorted())", sourceLocation: sourceLocation)
    let outputs = Set(new.filter { $0.hasPrefix("a/b/work/out/") }.map { ($0 as NSString).lastPathComponent })
    #expect(
        badCase.written.isSubset(of: outputs), "missing \(badCase.written.subtracting(outputs).sorted())",
        sourceLocation: sourceLocation)
    #expect(!run.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
}

/// Bytes of `text` as UTF-8.
func utf8(_ text: String) -> Data { Data(text.utf8) }

/// A profile that is fine, for cases where something else is wrong.
let goodProfile = utf8("id: s-1\nname: {given: Ada}\ninterests: {holland_code: AES}\n")

/// Bytes that are no text format at all: NUL, invalid UTF-8, random-looking high bytes.
let binaryGarbage: Data = {
    var bytes: [UInt8] = [0xFF, 0xFE, 0x00, 0x00, 0xC3, 0x28, 0x80, 0xBF]
    var state: UInt32 = 2_463_534_242
    for _ in 0..<4096 {
        state ^= state << 13
        state ^= state >> 17
        state ^= state << 5
        bytes.append(UInt8(truncatingIfNeeded: state))
    }
    return Data(bytes)
}()

import CareerInput
import Foundation
import Synchronization
import TestFiles
import Testing

@testable import Batch

@Suite("Running a batch in-process")
struct BatchJobTests {
    /// A roster of `count` students; the rows in `bad` get an out-of-range R score.
    static func roster(_ count: Int, bad: Set<Int> = []) -> String {
        var lines = ["id,given_name,family_name,R,I,A,S,E,C,skill.writing"]
        for index in 0..<count {
            let r = bad.contains(index) ? 99 : index % 40
            lines.append(
                "s-\(index),Élodie\(index),Ñúñez,\(r),\((index * 7) % 41),20,\(index % 30),12,30,\(index % 5 + 1)")
        }
        return lines.joined(separator: "\n")
    }

    /// Everything a console received.
    final class Transcript: Sendable {
        let lines = Mutex<[String]>([])
        var all: String { lines.withLock { $0.joined(separator: "\n") } }
        var console: BatchConsole {
            BatchConsole(
                info: { line in self.lines.withLock { $0.append(line) } },
                report: { diagnostic in self.lines.withLock { $0.append(diagnostic.description) } })
        }
    }

    func settings(_ roster: String, out: URL, shard: Shard = .whole, resume: Bool = false) -> BatchSettings {
        BatchSettings(
            roster: roster, formats: [.html], out: out.path, jobs: 2, shard: shard, resume: resume,
            templates: TestFiles.repository.appendingPathComponent("templates").path)
    }

    @Test("bad rows end as manifest errors with their rows, the rest get reports, and the exit code is 2")
    func badRows() async throws {
        let roster = try TestFiles.write(Self.roster(30, bad: [3, 17]), name: "roster.csv")
        let out = try TestFiles.folder()
        let transcript = Transcript()
        let code = try await BatchJob(settings(roster, out: out)).run(
            stop: StopRequest(catchingSignals: false), progress: .none, console: transcript.console)
        #expect(code == 2)
        let manifest = try Manifest.read(from: out)
        #expect(manifest.count(.ok) == 28)
        #expect(manifest.entries.filter { $0.status == .error }.map(\.row) == [5, 19])
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(files.filter { $0.hasSuffix(".html") && $0.hasPrefix("s-") }.count == 28)
        #expect(files.contains("class-summary.pdf") && files.contains("class-summary.html"))
        #expect(!transcript.all.contains("Élodie") && !transcript.all.contains("Ñúñez"), "no names on the console")
        let summary = try String(contentsOf: out.appendingPathComponent("class-summary.html"), encoding: .utf8)
        #expect(!summary.contains("Élodie"), "the class summary names no student")
        #expect(manifest.entries.first?.topCareers.count == 3)
    }

    @Test("a second run with resume keeps every report that is up to date")
    func resume() async throws {
        let roster = try TestFiles.write(Self.roster(8), name: "roster.csv")
        let out = try TestFiles.folder()
        let stop = StopRequest(catchingSignals: false)
        _ = try await BatchJob(settings(roster, out: out)).run(
            stop: stop, progress: .none, console: Transcript().console)
        let code = try await BatchJob(settings(roster, out: out, resume: true)).run(
            stop: stop, progress: .none, console: Transcript().console)
        #expect(code == 0)
        let manifest = try Manifest.read(from: out)
        #expect(manifest.entries.count == 8)
        #expect(manifest.entries.allSatisfy { $0.resumed && $0.status == .ok && !$0.topCareers.isEmpty })
    }

    @Test("resume makes every report again once the theme or the template in use changed")
    func resumeAfterTemplateChange() async throws {
        let roster = try TestFiles.write(Self.roster(4), name: "roster.csv")
        let stop = StopRequest(catchingSignals: false)
        for changed in ["theme.json", "es/student-report.xml"] {
            let templates = try TestFiles.folder().appendingPathComponent("templates")
            try FileManager.default.copyItem(
                at: TestFiles.repository.appendingPathComponent("templates"), to: templates)
            let out = try TestFiles.folder()
            var settings = settings(roster, out: out)
            settings.templates = templates.path
            settings.template = templates.appendingPathComponent("es/student-report.xml").path
            _ = try await BatchJob(settings).run(stop: stop, progress: .none, console: Transcript().console)
            try FileManager.default.setAttributes(
                [.modificationDate: Date().addingTimeInterval(60)],
                ofItemAtPath: templates.appendingPathComponent(changed).path)
            settings.resume = true
            let code = try await BatchJob(settings).run(stop: stop, progress: .none, console: Transcript().console)
            #expect(code == 0)
            let manifest = try Manifest.read(from: out)
            #expect(manifest.entries.count == 4)
            #expect(manifest.entries.allSatisfy { !$0.resumed && $0.status == .ok }, "after \(changed) changed")
        }
    }

    @Test("a stop request before the first row writes an empty manifest marked interrupted and returns 128+signal")
    func stopped() async throws {
        let roster = try TestFiles.write(Self.roster(5), name: "roster.csv")
        let out = try TestFiles.folder()
        let stop = StopRequest(catchingSignals: false)
        stop.request(signal: SIGTERM)
        let code = try await BatchJob(settings(roster, out: out)).run(
            stop: stop, progress: .none, console: Transcript().console)
        #expect(code == 128 + SIGTERM)
        let manifest = try Manifest.read(from: out)
        #expect(manifest.interrupted && manifest.entries.isEmpty)
    }

    @Test("three shards merge into one manifest with every row once; a shard given twice or missing is refused")
    func shardsMerge() async throws {
        let roster = try TestFiles.write(Self.roster(24, bad: [5]), name: "roster.csv")
        var parts: [ManifestMerge.Part] = []
        for index in 1...3 {
            let out = try TestFiles.folder()
            _ = try await BatchJob(settings(roster, out: out, shard: Shard(index: index, count: 3))).run(
                stop: StopRequest(catchingSignals: false), progress: .none, console: Transcript().console)
            parts.append((out.path, try Manifest.read(from: out)))
        }
        let merged = try ManifestMerge.merge(parts)
        #expect(merged.entries.map(\.row) == Array(2...25))
        #expect(merged.count(.error) == 1)
        #expect(merged.classSummary.classSize == 24)
        #expect(throws: RosterError.self) { _ = try ManifestMerge.merge([parts[0], parts[0], parts[1], parts[2]]) }
        #expect {
            _ = try ManifestMerge.merge([parts[0], parts[2]])
        } throws: { error in
            (error as? RosterError)?.message.contains("2/3") == true
        }
    }
}

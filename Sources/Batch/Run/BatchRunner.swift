import Assessment
import CareerInput
import CareerModel
import Diagnostics
import Foundation
import ReportPipeline

/// Makes the reports of a whole roster, in parallel, and records what became of every row.
///
/// Rows are read as they are needed; at most ``BatchOptions/jobs`` reports are in flight at a
/// time (a bounded task group), and each is written (atomically) as soon as it is made and then
/// dropped: only its small ``ManifestEntry`` is kept. A bad row becomes an error entry and the
/// batch goes on. When ``StopRequest`` is triggered, no new report is started and the ones in
/// flight are finished.
public struct BatchRunner: Sendable {
    /// Makes and writes each student's reports.
    public var generator: ReportGenerator
    /// Where and how to run.
    public var options: BatchOptions

    /// Creates a runner.
    public init(generator: ReportGenerator, options: BatchOptions) {
        self.generator = generator
        self.options = options
    }

    /// What a run did.
    public struct Outcome: Sendable {
        /// One entry per row of this shard that was done.
        public var entries: [ManifestEntry]
        /// The signal that stopped the run early, if one did.
        public var stoppedBy: Int32?
    }

    /// Runs every entry of this shard; `progress` is advanced once per row.
    public func run(
        _ entries: some Sequence<RosterEntry>, stop: StopRequest, progress: ProgressDisplay
    ) async -> Outcome {
        let resume =
            options.resume
            ? ResumeCheck(
                folder: options.out, extensions: generator.formats.map(\.fileExtension),
                inputsChanged: ResumeCheck.newest(of: options.inputs)) : nil
        var done: [ManifestEntry] = []
        let record = { (entry: ManifestEntry) in
            done.append(entry)
            progress.advance()
        }
        await withTaskGroup(of: ManifestEntry.self) { group in
            var inFlight = 0
            for entry in entries where options.shard.contains(id: entry.id, row: entry.row) {
                if stop.receivedSignal != nil { break }
                let profile: StudentProfile
                let warnings: [Diagnostic]
                switch entry.outcome {
                case .student(let student, let notes):
                    (profile, warnings) = (student, notes)
                case .optedOut:
                    record(Self.skipped(entry, reason: ManifestEntry.optedOutReason))
                    continue
                case .notAssessed:
                    record(Self.skipped(entry, reason: ManifestEntry.notAssessedReason))
                    continue
                case .notMatched(let problem):
                    record(Self.skipped(entry, reason: problem.message))
                    continue
                case .error(let diagnostic):
                    record(
                        ManifestEntry(
                            id: entry.id, file: entry.file, row: entry.row, status: .error, reason: diagnostic.words))
                    continue
                }
                if inFlight >= options.jobs, let finished = await group.next() {
                    record(finished)
                    inFlight -= 1
                    if stop.receivedSignal != nil { break }
                }
                group.addTask { [generator, options] in
                    Self.makeReports(
                        entry, profile: profile, warnings: warnings, generator: generator, folder: options.out,
                        resume: resume)
                }
                inFlight += 1
            }
            for await finished in group { record(finished) }
        }
        return Outcome(entries: done, stoppedBy: stop.receivedSignal)
    }

    /// The entry of a row skipped on purpose.
    static func skipped(_ entry: RosterEntry, reason: String) -> ManifestEntry {
        ManifestEntry(id: entry.id, file: entry.file, row: entry.row, status: .skipped, reason: reason)
    }

    /// Assesses, renders and writes one student's reports (or keeps them, when up to date).
    static func makeReports(
        _ entry: RosterEntry, profile: StudentProfile, warnings: [Diagnostic], generator: ReportGenerator,
        folder: URL, resume: ResumeCheck?
    ) -> ManifestEntry {
        let assessment = generator.setup.assessor.assess(profile)
        let summary = StudentSummary(assessment, catalog: generator.setup.catalog)
        if let resume, let outputs = resume.upToDate(profile.id) {
            return ManifestEntry(
                id: profile.id, file: entry.file, row: entry.row, status: .ok, outputs: outputs, resumed: true,
                summary: summary, warnings: warnings.map(\.words))
        }
        do {
            let report = try generator.report(
                for: assessment, source: Location(file: entry.file, line: entry.row))
            let outputs = try generator.write(report, into: folder)
            return ManifestEntry(
                id: profile.id, file: entry.file, row: entry.row, status: .ok, outputs: outputs, summary: summary,
                warnings: (warnings + report.warnings).map(\.words))
        } catch {
            return ManifestEntry(
                id: profile.id, file: entry.file, row: entry.row, status: .error,
                reason: error.diagnostics.map(\.words).joined(separator: "; "))
        }
    }
}

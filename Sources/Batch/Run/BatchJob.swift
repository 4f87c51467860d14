import CareerInput
import CareerModel
import Diagnostics
import Foundation
import ReportPipeline

/// A batch ready to run: options checked, templates and catalog loaded, roster opened.
///
/// Everything that can make the whole run impossible is checked when it is created (so the
/// caller exits with 1 before any report is made); ``run(stop:progress:console:)`` then does
/// the rows and returns the exit code: 0 all rows done, 2 some failed, 130/143 when a signal
/// stopped it.
public struct BatchJob: Sendable {
    let settings: BatchSettings
    let runner: BatchRunner
    let summary: ClassSummaryTemplate
    let date: ReportDate
    let source: any StudentSource & Sendable

    /// Loads and checks everything the run needs.
    /// - Throws: a ``PipelineError`` with every problem that makes the run impossible.
    public init(_ settings: BatchSettings) throws(PipelineError) {
        self.settings = settings
        do {
            let folder = try TemplateFolder.locate(explicit: settings.templates)
            let setup = try ReportSetup.load(
                templatesFolder: folder, template: settings.template, catalogFile: settings.catalog)
            summary = try ClassSummaryTemplate.load(templatesFolder: folder, session: setup.session)
            date = try ReportDate()
            let source = try Self.openSource(settings, catalog: setup.catalog)
            self.source = source
            runner = BatchRunner(
                generator: ReportGenerator(
                    setup: setup, formats: settings.formats, date: date, email: settings.email,
                    strictGlyphs: settings.strictGlyphs),
                options: BatchOptions(
                    out: URL(fileURLWithPath: settings.out), jobs: settings.jobs, resume: settings.resume,
                    shard: settings.shard,
                    inputs: source.inputFiles + setup.files
                        + [folder.appendingPathComponent(ClassSummaryTemplate.fileName).path]))
        } catch let error as PipelineError {
            throw error
        } catch let error as RosterError {
            throw PipelineError(.input, [error.diagnostic])
        } catch {
            throw PipelineError(.input, [.error(.roster("\(error)"))])
        }
    }

    private static func openSource(_ settings: BatchSettings, catalog: Catalog) throws
        -> any StudentSource & Sendable
    {
        if OneRosterExport.looksLikeExport(settings.roster) {
            guard let responses = settings.responses else {
                throw PipelineError.usage(.oneRosterNeedsResponses(roster: settings.roster))
            }
            let answers =
                FormAnswers.isFormExport(responses)
                ? try FormAnswers(path: responses, catalog: catalog, numbers: settings.numbers) : nil
            return try OneRosterExport(
                path: settings.roster, responses: responses, answers: answers, classID: settings.classID,
                school: settings.school, catalog: catalog, defaultScale: settings.interestScale)
        }
        for (option, value) in [("--class", settings.classID), ("--school", settings.school)] where value != nil {
            throw PipelineError.usage(.onlyForOneRoster(option: option, roster: settings.roster))
        }
        if ResponsesSource.looksLikeResponses(settings.roster) {
            guard settings.responses == nil else {
                throw PipelineError.usage(.answersGivenAsRoster(roster: settings.roster))
            }
            return try ResponsesSource(path: settings.roster, catalog: catalog, numbers: settings.numbers)
        }
        let answers = try settings.responses.map { path throws(RosterError) in
            try FormAnswers(path: path, catalog: catalog, numbers: settings.numbers)
        }
        return try RosterFile(
            path: settings.roster, catalog: catalog, defaultScale: settings.interestScale, answers: answers)
    }

    /// Runs the rows and writes the manifests, class summary and archive; returns the exit code.
    public func run(stop: StopRequest, progress style: ProgressDisplay.Style, console: BatchConsole) async -> Int32 {
        (runner.generator.setup.warnings + summary.warnings + source.warnings).forEach(console.report)
        let folder = runner.options.out
        let total: Int
        let entries: any Sequence<RosterEntry>
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            total = try source.count(in: runner.options.shard)
            entries = try source.entries()
        } catch let error as RosterError {
            console.report(error.diagnostic)
            return 1
        } catch {
            console.report(
                .error(.cannotCreateFolder(path: folder.relativePath, reason: error.localizedDescription)))
            return 1
        }
        // The pictures the HTML reports link to, written once before any report.
        let shared: [String]
        do {
            shared = try runner.generator.writeSharedFiles(into: folder)
        } catch {
            error.diagnostics.forEach(console.report)
            return 1
        }
        let progress = ProgressDisplay(total: total, style: style)
        let outcome = await runner.run(entries, stop: stop, progress: progress)
        progress.finish()
        let manifest = Manifest(
            date: date.isoDay, source: source.path, fingerprint: String(source.fingerprint, radix: 16),
            shard: runner.options.shard, formats: runner.generator.formats.map(\.rawValue),
            interrupted: outcome.stoppedBy != nil, entries: outcome.entries)
        do {
            var written = try BatchFolder.writeManifest(manifest, into: folder) + shared
            // The summary's HTML may link the same picture as the reports: list it once.
            let classSummary = try BatchFolder.writeClassSummary(
                of: manifest, template: summary, date: date, into: folder)
            classSummary.warnings.forEach(console.report)
            for path in classSummary.written where !written.contains(path) {
                written.append(path)
            }
            report(manifest, written: written, console: console)
            if settings.zip && outcome.stoppedBy == nil {
                let outputs = manifest.entries.flatMap(\.outputs) + written
                console.info("archive: \(try BatchFolder.writeArchive(of: outputs, in: folder))")
            }
        } catch {
            error.diagnostics.forEach(console.report)
            return 1
        }
        if let signal = outcome.stoppedBy {
            console.report(
                .error(
                    .batchStopped(
                        signal: signal == SIGINT ? "Ctrl-C" : "SIGTERM", done: manifest.entries.count, total: total)))
            return 128 + signal
        }
        return manifest.count(.error) > 0 ? 2 : 0
    }

    private func report(_ manifest: Manifest, written: [String], console: BatchConsole) {
        let errors = manifest.entries.filter { $0.status == .error }
        for entry in errors.prefix(10) {
            console.report(
                .error(
                    .rowFailed(entry.reason), at: Location(file: entry.file, line: entry.row),
                    student: entry.id.isEmpty ? nil : entry.id))
        }
        if errors.count > 10 {
            console.report(.error(.moreRowErrors(count: errors.count - 10, file: Manifest.csvName)))
        }
        let ok = manifest.entries.filter { $0.status == .ok }
        let kept = ok.count { $0.resumed }
        let optedOut = manifest.entries.filter { $0.status == .skipped && $0.reason == ManifestEntry.optedOutReason }
        let notMatched = manifest.entries.filter {
            $0.status == .skipped && $0.reason != ManifestEntry.optedOutReason
                && $0.reason != ManifestEntry.notAssessedReason
        }
        let notAssessed = manifest.count(.skipped) - optedOut.count - notMatched.count
        console.info(
            "\(ok.count) of \(manifest.entries.count) students reported on\(kept > 0 ? " (\(kept) already up to date)" : ""), \(optedOut.count) opted out, \(notAssessed) not assessed, \(errors.count) error\(errors.count == 1 ? "" : "s")"
        )
        if !optedOut.isEmpty { console.info("opted out: \(optedOut.map(\.id).joined(separator: ", "))") }
        if !notMatched.isEmpty {
            console.info(
                "answers not matched to careers (incomplete, or every answer the same; why: \(Manifest.csvName)): \(notMatched.map(\.id).joined(separator: ", "))"
            )
        }
        let warnings = manifest.entries.reduce(0) { $0 + $1.warnings.count }
        if warnings > 0 {
            console.info(
                "\(warnings) warning\(warnings == 1 ? "" : "s") about single students; see \(Manifest.csvName)")
        }
        console.info("written: \(written.joined(separator: ", "))")
    }
}

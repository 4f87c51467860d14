import CareerInput
import CareerModel
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

    /// Loads and checks everything the run needs; throws the message to show.
    public init(_ settings: BatchSettings) throws(BatchSetupError) {
        self.settings = settings
        do {
            let folder = try TemplateFolder.locate(explicit: settings.templates)
            let setup = try ReportSetup.load(
                templatesFolder: folder, template: settings.template, catalogFile: settings.catalog)
            summary = try ClassSummaryTemplate.load(templatesFolder: folder, theme: setup.theme)
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
        } catch {
            throw BatchSetupError(message: "\(error)")
        }
    }

    private static func openSource(_ settings: BatchSettings, catalog: Catalog) throws
        -> any StudentSource & Sendable
    {
        if OneRosterExport.looksLikeExport(settings.roster) {
            guard let responses = settings.responses else {
                throw PipelineError.usage(
                    "\(settings.roster) is a OneRoster export; give --responses FILE with the students' interest and skill answers (sourcedId plus the roster columns)"
                )
            }
            let answers =
                FormAnswers.isFormExport(responses)
                ? try FormAnswers(path: responses, catalog: catalog, numbers: settings.numbers) : nil
            return try OneRosterExport(
                path: settings.roster, responses: responses, answers: answers, classID: settings.classID,
                school: settings.school, catalog: catalog, defaultScale: settings.interestScale)
        }
        for (option, value) in [("--class", settings.classID), ("--school", settings.school)] where value != nil {
            throw PipelineError.usage(
                "\(option) is for OneRoster exports (a folder or .zip); \(settings.roster) is read as a roster CSV")
        }
        if ResponsesSource.looksLikeResponses(settings.roster) {
            guard settings.responses == nil else {
                throw PipelineError.usage(
                    "\(settings.roster) is a form's export, not a roster (it has no given_name column); give the roster first and the answers with --responses"
                )
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
        runner.generator.setup.warnings.forEach(console.warning)
        source.warnings.forEach(console.warning)
        let folder = runner.options.out
        let total: Int
        let entries: any Sequence<RosterEntry>
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            total = try source.count(in: runner.options.shard)
            entries = try source.entries()
        } catch let error as RosterError {
            console.error(error.description)
            return 1
        } catch {
            console.error("\(folder.relativePath): the output folder can't be created (\(error.localizedDescription))")
            return 1
        }
        // The pictures the HTML reports link to, written once before any report.
        let shared: [String]
        do {
            shared = try runner.generator.writeSharedFiles(into: folder)
        } catch {
            console.error(error.description)
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
            for path in try BatchFolder.writeClassSummary(of: manifest, template: summary, date: date, into: folder)
            where !written.contains(path) {
                written.append(path)
            }
            report(manifest, written: written, console: console)
            if settings.zip && outcome.stoppedBy == nil {
                let outputs = manifest.entries.flatMap(\.outputs) + written
                console.info("archive: \(try BatchFolder.writeArchive(of: outputs, in: folder))")
            }
        } catch {
            console.error(error.description)
            return 1
        }
        if let signal = outcome.stoppedBy {
            console.error(
                "stopped by \(signal == SIGINT ? "Ctrl-C" : "SIGTERM") after \(manifest.entries.count) of \(total) rows; run again with --resume to finish"
            )
            return 128 + signal
        }
        return manifest.count(.error) > 0 ? 2 : 0
    }

    private func report(_ manifest: Manifest, written: [String], console: BatchConsole) {
        let errors = manifest.entries.filter { $0.status == .error }
        for entry in errors.prefix(10) {
            console.error(
                "\(entry.file):\(entry.row): error: \(entry.id.isEmpty ? "" : "student \(entry.id): ")\(entry.reason)")
        }
        if errors.count > 10 { console.error("... and \(errors.count - 10) more errors; see \(Manifest.csvName)") }
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

/// Why a batch can't start; the message names the file or option and what to do.
public struct BatchSetupError: Error, Sendable, CustomStringConvertible {
    /// The message to show.
    public var message: String

    public var description: String { message }
}

import ArgumentParser
import Batch
import Diagnostics
import Foundation
import Questionnaire
import ReportPipeline

/// `career-report generate`: one report per profile file.
struct Generate: ParsableCommand {
    /// One student to report on: a profile file, or a row of an answers export.
    typealias Input = (ReportGenerator) throws -> ReportGenerator.Report

    static let configuration = CommandConfiguration(
        abstract: "Write a report for each student profile (YAML or JSON).",
        discussion: """
            Files are named by the student's id: DIR/<id>.pdf, .html, .txt and .eml. A profile that can't be \
            read is reported with its file, line and field, and the others are still written. An .eml is a \
            complete message (text and HTML versions, the PDF attached with --attach-pdf) that can be piped \
            to `sendmail -t` or opened in a mail client.
            """)

    @Argument(
        help: ArgumentHelp(
            "Profile files (.yaml, .yml or .json), or exports of questionnaire answers (.csv, .xlsx: one report per row).",
            valueName: "profile"))
    var profiles: [String]

    @Option(
        help: ArgumentHelp(
            "How numbers in an answers export map onto answers: 0-4 (0 = Strongly Dislike) or 1-5 (1 = Strongly Dislike).",
            valueName: "0-4|1-5"))
    var numbers: String?

    @Option(help: ArgumentHelp("Formats to write, comma-separated: pdf, html, txt, eml.", valueName: "formats"))
    var format = "pdf,html"

    @Option(help: ArgumentHelp("Folder for the reports (created if missing).", valueName: "dir"))
    var out = "out"

    @OptionGroup var templateOptions: TemplateOptions

    @OptionGroup var catalogOptions: CatalogOptions

    @OptionGroup(title: "Email (--format eml)") var emailOptions: EmailOptions

    @Flag(help: "Fail a PDF that would leave out a character its fonts can't show, instead of warning.")
    var strictGlyphs = false

    @Flag(name: .shortAndLong, help: "Print only errors and warnings.")
    var quiet = false

    func run() throws {
        let formats: [OutputFormat]
        let generator: ReportGenerator
        do {
            formats = try OutputFormat.list(format)
            let setup = try ReportSetup.load(
                templatesFolder: try TemplateFolder.locate(explicit: templateOptions.templates),
                template: templateOptions.template, catalogFile: catalogOptions.catalog)
            generator = ReportGenerator(
                setup: setup, formats: formats, date: try ReportDate(), email: try emailOptions.settings(for: formats),
                strictGlyphs: strictGlyphs)
            setup.warnings.forEach(Console.report)
        } catch {
            Console.report(error)
            throw Console.exitCode(for: error.category)
        }
        let folder = URL(fileURLWithPath: out)
        var failures = 0
        var seenIDs: [String: String] = [:]
        var sharedFiles: [String]?
        var total = 0
        for path in profiles {
            for input in inputs(path, generator: generator) {
                total += 1
                do {
                    let report = try input(generator)
                    if let first = seenIDs[report.studentID] {
                        throw PipelineError(
                            .input,
                            [
                                .error(
                                    .duplicateStudentID(id: report.studentID, first: first),
                                    at: Location(file: path, field: "id"))
                            ])
                    }
                    seenIDs[report.studentID] = path
                    report.warnings.forEach(Console.report)
                    let written = try generator.write(report, into: folder)
                    // The pictures the HTML reports link to, written once, with the first report written;
                    // if they can't be, that report is taken back, so a failed profile leaves nothing.
                    if sharedFiles == nil {
                        do {
                            sharedFiles = try generator.writeSharedFiles(into: folder)
                        } catch {
                            for path in written { try? FileManager.default.removeItem(atPath: path) }
                            throw error
                        }
                    }
                    if !quiet { Console.info("\(report.studentID): \(written.joined(separator: ", "))") }
                } catch {
                    Console.report(error)
                    failures += 1
                }
            }
        }
        if let sharedFiles, !sharedFiles.isEmpty, !quiet {
            Console.info("linked from the HTML reports (keep beside them): \(sharedFiles.joined(separator: ", "))")
        }
        if failures > 0 {
            Console.error(
                "\(failures) of \(total) profile\(total == 1 ? "" : "s") failed; nothing was written for \(failures == 1 ? "it" : "them")"
            )
            throw ExitCode(1)
        }
    }

    /// The students `path` holds: one profile, or every row of a questionnaire export (scored,
    /// with how it was read printed once; rows that can't be used fail with their place).
    private func inputs(_ path: String, generator: ReportGenerator) -> [Input] {
        let lower = path.lowercased()
        guard lower.hasSuffix(".csv") || lower.hasSuffix(".xlsx") else {
            return [{ generator throws in try generator.report(forProfileAt: path) }]
        }
        let source: ResponsesSource
        do {
            source = try ResponsesSource(
                path: path, catalog: generator.setup.catalog, numbers: try OptionValues.numbers(numbers))
        } catch {
            return [{ _ throws in throw error }]
        }
        if !quiet { source.warnings.forEach(Console.report) }
        return ((try? source.entries()) ?? []).map { entry in
            { generator throws in
                let row = Location(file: entry.file, line: entry.row)
                switch entry.outcome {
                case .student(let profile, _):
                    return try generator.report(for: profile, source: row)
                case .notMatched(let problem):
                    throw PipelineError(.input, [.error(problem, at: row, student: entry.id)])
                case .error(let diagnostic):
                    var located = diagnostic.located(in: entry.file, line: entry.row)
                    located.student = located.student ?? entry.id
                    throw PipelineError(.input, [located])
                case .optedOut, .notAssessed:
                    throw PipelineError.input(.rowHasNoAnswers, at: row)
                }
            }
        }
    }
}

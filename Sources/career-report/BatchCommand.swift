import ArgumentParser
import Batch
import CareerInput
import Diagnostics
import Foundation
import ReportPipeline

/// `career-report batch`: every student of a roster (CSV or OneRoster) in one run.
struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Write the reports of a whole roster, in parallel, with a manifest and a class summary.",
        discussion: """
            ROSTER is a roster CSV (columns in docs/batch.md), a form's export of questionnaire answers \
            (Google Forms CSV, Microsoft Forms XLSX, or our long or wide CSV; each row a student, named by \
            its Student ID question), or a OneRoster 1.1/1.2 export (a folder or .zip; give --responses \
            with the students' answers, and --class or --school to choose whom). A roster CSV with \
            --responses FILE takes every student's interests, skills and plans from the form's export, \
            joined by id or email. \
            Files are named by student id; DIR also gets manifest.csv, manifest.json, class-summary.pdf and \
            class-summary.html.

            Exit codes: 0 every row was done (reports written, or skipped on purpose); 2 some rows failed \
            (see the manifest); 1 nothing could run (unreadable roster, invalid template, bad option); \
            130/143 stopped by Ctrl-C/SIGTERM (finished reports and the manifest of what was done are kept).
            """)

    @Argument(help: ArgumentHelp("A roster CSV, or a OneRoster folder or .zip.", valueName: "roster"))
    var roster: String

    @Option(
        help: ArgumentHelp(
            "The students' answers: with a roster CSV, a form's export (joined by id or email); with OneRoster, a CSV of sourcedId plus the interest and skill columns.",
            valueName: "file"))
    var responses: String?

    @Option(
        name: .customLong("class"),
        help: ArgumentHelp("With OneRoster: only the students enrolled in this class.", valueName: "sourcedId"))
    var classID: String?

    @Option(help: ArgumentHelp("With OneRoster: only the students of this school.", valueName: "sourcedId"))
    var school: String?

    @Option(
        help: ArgumentHelp(
            "How numbers in a form's export map onto answers: 0-4 (0 = Strongly Dislike) or 1-5 (1 = Strongly Dislike).",
            valueName: "0-4|1-5"))
    var numbers: String?

    @Option(help: ArgumentHelp("The scale of R,I,A,S,E,C scores for rows without interest_scale: ip60, ip30 or onet."))
    var interestScale = "ip60"

    @Option(help: ArgumentHelp("Formats to write, comma-separated.", valueName: "formats"))
    var format = "pdf,html"

    @Option(help: ArgumentHelp("Folder for the reports and manifests (created if missing).", valueName: "dir"))
    var out = "out"

    @Option(help: ArgumentHelp("Reports made at the same time (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("Process only part K of N of the roster (split by a hash of the id).", valueName: "K/N"))
    var shard: String?

    @Flag(help: "Skip students whose reports are all present and newer than the roster and templates.")
    var resume = false

    @Flag(help: "Also bundle the reports, manifests and class summary into DIR/reports.zip.")
    var zip = false

    @OptionGroup var templateOptions: TemplateOptions

    @OptionGroup var catalogOptions: CatalogOptions

    @OptionGroup(title: "Email (--format eml)") var emailOptions: EmailOptions

    @Flag(help: "Fail a PDF that would leave out a character its fonts can't show, instead of warning.")
    var strictGlyphs = false

    @Flag(name: .shortAndLong, help: "Print only errors and warnings; no progress.")
    var quiet = false

    func run() async throws {
        let job: BatchJob
        do {
            let formats = try OutputFormat.list(format)
            job = try BatchJob(
                BatchSettings(
                    roster: roster, responses: responses, classID: classID, school: school,
                    interestScale: try OptionValues.interestScale(interestScale), formats: formats, out: out,
                    jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                    shard: try OptionValues.shard(shard),
                    resume: resume, zip: zip, templates: templateOptions.templates,
                    template: try templateOptions.template, catalog: catalogOptions.catalog,
                    email: try emailOptions.settings(for: formats), strictGlyphs: strictGlyphs,
                    numbers: try OptionValues.numbers(numbers)))
        } catch {
            Console.report(error)
            throw Console.exitCode(for: error.category)
        }
        let stop = StopRequest(catchingSignals: true)
        let console = BatchConsole(
            info: { [quiet] line in if !quiet { Console.info(line) } }, report: { Console.report($0) })
        let style = ProgressDisplay.Style.automatic(quiet: quiet)
        throw ExitCode(await job.run(stop: stop, progress: style, console: console))
    }
}

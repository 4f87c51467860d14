import ArgumentParser
import Diagnostics
import Foundation
import Questionnaire
import ReportPipeline

/// `career-report questionnaire`: the questionnaire a student fills in, and its question list.
struct QuestionnaireCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questionnaire",
        abstract: "Write the interest questionnaire: a printable answer sheet and the question list for online forms.",
        discussion: """
            The questionnaire is the O*NET Interest Profiler (the 60-item Short Form or the 30-item Mini-IP, \
            unchanged, with its attribution) followed by CareerReport's own questions: a 1-5 self-rating for \
            each skill and the education-plans question. pdf and html are an answer sheet to print or fill in; \
            csv and json list every question in order with its stable id (ipsf-01 ..., skill-..., \
            education-plans), to build a Google or Microsoft form whose export `score` reads back \
            (docs/questionnaire.md). Files: DIR/questionnaire-<form>.<format>.
            """)

    @Option(
        help: ArgumentHelp("Which O*NET Interest Profiler: short (60 items) or mini (30 items).", valueName: "form"))
    var form: InterestForm = .short

    @Option(
        help: ArgumentHelp(
            "Language: en. (The official Spanish text of the Interest Profiler could not be verified; es is refused with the reason.)",
            valueName: "lang"))
    var lang = "en"

    @Option(help: ArgumentHelp("Formats to write, comma-separated: pdf, html, csv, json.", valueName: "formats"))
    var format = "pdf,html,csv,json"

    @Option(help: ArgumentHelp("Folder for the files (created if missing).", valueName: "dir"))
    var out = "out"

    @Option(
        help: ArgumentHelp(
            "Folder with questionnaire.xml, theme.json and schema/ (default: found beside the tool, or $CAREER_REPORT_TEMPLATES).",
            valueName: "dir"))
    var templates: String?

    @Flag(name: .shortAndLong, help: "Print only errors and warnings.")
    var quiet = false

    func run() throws {
        do {
            let formats = try QuestionnaireFormat.list(format)
            let sheet = try QuestionnaireSheet.load(
                form: form, language: try OptionValues.language(lang),
                templatesFolder: try TemplateFolder.locate(explicit: templates))
            let made = try sheet.files(in: formats, date: try ReportDate())
            made.warnings.forEach(Console.report)
            let written = try QuestionnaireSheet.write(made.files, into: URL(fileURLWithPath: out))
            if !quiet {
                let list = sheet.questions
                Console.info(
                    "\(list.instrument.source.name): \(list.instrument.items.count) items, then our own "
                        + "\(list.selfRating.skills.count) skill ratings and the education-plans question")
                Console.info("written: \(written.joined(separator: ", "))")
            }
        } catch {
            Console.report(error)
            throw Console.exitCode(for: error.category)
        }
    }
}

extension InterestForm: ExpressibleByArgument {}

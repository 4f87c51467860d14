import ArgumentParser
import CareerInput
import CareerModel
import Diagnostics
import Foundation
import Questionnaire

/// `career-report score RESPONSES...`: a form's answers scored, per student, without making reports.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score questionnaire answers: area scores, Holland code, completeness and quality flags.",
        discussion: """
            RESPONSES are exports of the questionnaire's answers: a Google Forms CSV, a Microsoft Forms XLSX, \
            or our long (student_id,item_id,answer) or wide (one column per item id) CSV. Columns are matched \
            to the items by id or text, never by position; every file's matched, unmatched and duplicate \
            columns are printed on standard error. Students are named by id only.

            Exit codes: 0 every row was scored; 2 some rows can't be used (each named by file, row and \
            column); 1 a file can't be read at all (the other files are still scored).
            """)

    @Argument(help: ArgumentHelp("Exports of the answers (.csv or .xlsx).", valueName: "responses"))
    var responses: [String]

    @Option(
        help: ArgumentHelp(
            "The form the answers are for (default: the one their columns match best).", valueName: "short|mini"))
    var form: String?

    @Option(
        help: ArgumentHelp(
            "How numbers map onto answers: 0-4 (0 = Strongly Dislike) or 1-5 (1 = Strongly Dislike).",
            valueName: "0-4|1-5"))
    var numbers: String?

    @OptionGroup var catalogOptions: CatalogOptions

    @Flag(help: "Print the scores as JSON.")
    var json = false

    func run() throws {
        var chosenForm: InterestForm?
        var numbering: AnswerNumbers?
        if let form {
            guard let value = InterestForm(rawValue: form) else {
                throw ValidationError("--form: '\(form.prefix(10))' is not a form; use short or mini")
            }
            chosenForm = value
        }
        if let numbers {
            guard let value = AnswerNumbers(rawValue: numbers) else {
                throw ValidationError("--numbers: '\(numbers.prefix(10))' is not a numbering; use 0-4 or 1-5")
            }
            numbering = value
        }
        let catalog = try loadCatalog(catalogOptions.catalog)
        let section = try? SelfRatingSection.load(vocabulary: catalog.skills)
        var scored: [FormScoring] = []
        var unreadable = 0
        var rowProblems = 0
        for path in responses {
            do {
                let scoring = try FormScoring(
                    table: try ResponseFile.read(path: path), form: chosenForm, section: section, numbers: numbering)
                scoring.summary.forEach(Console.report)
                scoring.problems.forEach { Console.report($0.diagnostic) }
                rowProblems += scoring.problems.count
                scored.append(scoring)
                if !json { print(ScoreListing.text(scoring)) }
            } catch {
                Console.report(error)
                unreadable += 1
            }
        }
        if json {
            do {
                FileHandle.standardOutput.write(try ScoreListing.json(scored) + Data("\n".utf8))
            } catch {
                Console.error("the scores can't be written as JSON (\(error)); this is a bug, please report it")
                throw ExitCode(1)
            }
        }
        if unreadable > 0 { throw ExitCode(1) }
        if rowProblems > 0 { throw ExitCode(2) }
    }
}

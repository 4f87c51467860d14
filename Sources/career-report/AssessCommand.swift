import ArgumentParser
import Assessment
import AssessmentOutput
import CareerInput
import CareerModel
import Diagnostics
import Foundation

/// `career-report assess PROFILE`: the assessment itself, as text or JSON.
struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Assess one student profile against the catalog and print the result.",
        discussion: """
            Without --json: a summary for a person, with the best careers and why they fit. With --json: every \
            career, best fit first, with every part of its fit (documented in docs/assessment.md).
            """)

    @Argument(help: ArgumentHelp("A profile file (.yaml, .yml or .json).", valueName: "profile"))
    var profile: String

    @OptionGroup var catalogOptions: CatalogOptions

    @Flag(help: "Print the assessment as JSON.")
    var json = false

    @Option(help: ArgumentHelp("How many careers the text summary lists.", valueName: "n"))
    var top = 10

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be 1 or more") }
    }

    func run() throws {
        let catalog = try loadCatalog(catalogOptions.catalog)
        let reading: ProfileReading
        do {
            reading = try ProfileReader(catalog: catalog).read(fileAt: profile)
        } catch {
            Console.report(error.diagnostic)
            throw ExitCode(1)
        }
        reading.warnings.forEach { Console.report($0.diagnostic) }
        let assessment = Assessor(catalog: catalog).assess(reading.profile)
        if json {
            do {
                FileHandle.standardOutput.write(try AssessmentJSON(assessment, catalog: catalog).encoded())
            } catch {
                Console.error("the assessment can't be written as JSON (\(error)); this is a bug, please report it")
                throw ExitCode(1)
            }
        } else {
            print(AssessmentSummary.text(assessment, catalog: catalog, top: top), terminator: "")
        }
    }
}

import ArgumentParser
import AssessmentOutput
import CareerInput
import CareerModel
import Diagnostics
import Foundation
import ReportPipeline

/// `career-report catalog`: build a catalog from O*NET, and look at one.
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Build a career catalog from the O*NET database, list it, or show one career.",
        subcommands: [ImportONet.self, List.self, Show.self])

    /// `catalog import-onet DIR -o FILE`.
    struct ImportONet: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import-onet",
            abstract: "Build a catalog file from a folder of the O*NET text database.",
            discussion: """
                DIR holds the unpacked O*NET text database (tab-separated .txt files). Occupation Data.txt, \
                Interests.txt and Job Zones.txt are needed; Skills.txt, Technology Skills.txt and Alternate \
                Titles.txt are used when present. O*NET's 35 skills are mapped onto CareerReport's skill \
                vocabulary by the table in docs/catalog-sources.md, or by --skill-map. Use the result with \
                --catalog in any command.
                """)

        @Argument(help: ArgumentHelp("The folder of the O*NET text database.", valueName: "dir"))
        var folder: String

        @Option(name: [.short, .long], help: ArgumentHelp("The catalog file to write (JSON).", valueName: "file"))
        var output: String

        @Option(
            help: ArgumentHelp(
                "A JSON object from skill key to O*NET element IDs, replacing the built-in mapping.",
                valueName: "file"))
        var skillMap: String?

        func run() throws {
            do {
                let vocabulary = try Catalog.starter().skills
                let map = try skillMap.map { path throws(InputError) in
                    try ONetSkillMap.read(path, vocabulary: vocabulary.map(\.key))
                }
                let result = try ONetImporter(skills: vocabulary, skillMap: map ?? .standard).importFolder(folder)
                result.notes.forEach { Console.report(.note(.inputFile($0), at: Location(file: folder))) }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let data = try encoder.encode(result.catalog) + Data("\n".utf8)
                do {
                    try data.write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw PipelineError.output(
                        .cannotWrite(
                            path: output,
                            reason: error.localizedDescription + "; check the folder exists and is writable"))
                }
                let careers = result.catalog.careers
                let withSkills = careers.filter { !$0.skills.isEmpty }.count
                Console.info(
                    "\(output): \(careers.count) careers (\(withSkills) with skill requirements) from \(folder)")
            } catch {
                Console.report(error)
                throw ExitCode(1)
            }
        }
    }

    /// `catalog list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the careers of the catalog: code, id, title, family, Job Zone, technical share.")

        @OptionGroup var catalogOptions: CatalogOptions

        @Option(help: languageHelp)
        var lang: String?

        func run() throws {
            print(CatalogText.list(try loadCatalog(catalogOptions.catalog, language: lang)), terminator: "")
        }
    }

    /// `catalog show CODE-or-ID`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show everything the catalog holds about one career.")

        @Argument(help: ArgumentHelp("The career's O*NET-SOC code (15-1254.00) or id.", valueName: "code-or-id"))
        var key: String

        @OptionGroup var catalogOptions: CatalogOptions

        @Option(help: languageHelp)
        var lang: String?

        func run() throws {
            let catalog = try loadCatalog(catalogOptions.catalog, language: lang)
            guard let career = CatalogText.career(key, in: catalog) else {
                let similar = CatalogText.careers(matching: key, in: catalog).prefix(5)
                let hint =
                    similar.isEmpty ? "" : " (similar: \(similar.map { $0.code ?? $0.id }.joined(separator: ", ")))"
                Console.error(
                    "'\(key)' is neither the code nor the id of a career in the catalog\(hint); `career-report catalog list` shows them"
                )
                throw ExitCode(1)
            }
            print(CatalogText.show(career, in: catalog), terminator: "")
        }
    }
}

/// The help of `catalog list` and `catalog show`'s `--lang`.
private let languageHelp = ArgumentHelp(
    "Show titles, descriptions and skill names in this language where the catalog has them, such as es.",
    valueName: "lang")

/// The catalog in `file`, or the built-in one, with its text in `language` where it has it;
/// prints the problem and exits 1 when it can't be read or `language` is not a language code.
func loadCatalog(_ file: String?, language: String? = nil) throws -> Catalog {
    do {
        let tag = try language.map { text throws(PipelineError) in try OptionValues.language(text) }
        let catalog = try CatalogFile.load(file)
        return tag.map { catalog.localized(to: $0.code) } ?? catalog
    } catch {
        Console.report(error)
        throw ExitCode(1)
    }
}

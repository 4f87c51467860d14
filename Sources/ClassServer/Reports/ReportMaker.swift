import Batch
import CareerModel
import Diagnostics
import Foundation
import Questionnaire
import ReportDocument
import ReportPipeline
import ReportTemplates

/// Makes students' reports through ``ReportGenerator``, the same road `generate` and `batch`
/// take: the template of the student's language (`templates/es/` for Spanish), the HTML page
/// and the PDF download, and the zip of a whole session through ``BatchFolder``.
struct ReportMaker: Sendable {
    private let setups: [UILanguage: ReportSetup]
    /// The questionnaire of each form in each language.
    let questionnaires: [String: [UILanguage: QuestionPages]]

    /// Loads the templates of both languages from `templatesFolder` and the built-in forms.
    init(templatesFolder: URL, catalogFile: String?) throws {
        var setups: [UILanguage: ReportSetup] = [:]
        for language in UILanguage.allCases {
            let template = try TemplateFolder.studentTemplate(in: templatesFolder, language: language.tag)
            setups[language] = try ReportSetup.load(
                templatesFolder: templatesFolder, template: template.path, catalogFile: catalogFile)
        }
        self.setups = setups
        let catalog = setups[.en]!.catalog
        let section = try SelfRatingSection.load(vocabulary: catalog.skills)
        var questionnaires: [String: [UILanguage: QuestionPages]] = [:]
        for form in InterestForm.allCases {
            let instrument = try Instrument.load(form)
            for language in UILanguage.allCases {
                questionnaires[form.rawValue, default: [:]][language] = QuestionPages(
                    list: QuestionList(instrument: instrument, selfRating: section, language: language.rawValue))
            }
        }
        self.questionnaires = questionnaires
    }

    /// Warnings from loading the templates (theme contrast, missing catalog translations).
    var warnings: [Diagnostic] { setups.values.flatMap(\.warnings) }

    /// The pages of `form` in `language`.
    func pages(form: String, language: UILanguage) -> QuestionPages {
        questionnaires[form]?[language] ?? questionnaires[InterestForm.short.rawValue]![language]!
    }

    private func generator(_ language: UILanguage, formats: [OutputFormat]) throws -> ReportGenerator {
        ReportGenerator(setup: setups[language]!, formats: formats, date: try ReportDate())
    }

    /// The report of `profile` in `format` (`html` or `pdf`), in `language`.
    func render(_ profile: StudentProfile, format: OutputFormat, language: UILanguage) throws -> [UInt8] {
        let report = try generator(language, formats: [format]).report(for: profile, source: Location())
        return report.files.first?.bytes ?? []
    }

    /// The pictures the HTML report links to, by file name.
    func sharedFile(named name: String, language: UILanguage) -> [UInt8]? {
        setups[language]!.template.images.first { $0.fileName == name }?.bytes
    }

    /// Writes the reports (PDF and HTML) of `profiles` with their pictures into `folder` and
    /// bundles them into `folder/reports.zip` as `batch --zip` does; returns the archive's bytes.
    func archive(_ profiles: [(StudentProfile, UILanguage)], in folder: URL) throws -> [UInt8] {
        var paths: [String] = []
        for (profile, language) in profiles {
            let generator = try generator(language, formats: [.pdf, .html])
            let report = try generator.report(for: profile, source: Location())
            paths += try generator.write(report, into: folder)
            for path in try generator.writeSharedFiles(into: folder) where !paths.contains(path) { paths.append(path) }
        }
        let archive = try BatchFolder.writeArchive(of: paths, in: folder)
        return try Array(Data(contentsOf: URL(fileURLWithPath: archive)))
    }
}

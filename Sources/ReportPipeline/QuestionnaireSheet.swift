import CareerInput
import CareerModel
import Foundation
import HTMLRenderer
import PDFRenderer
import Questionnaire
import ReportDocument
import ReportTemplates

/// A kind of file the questionnaire can be written as.
public enum QuestionnaireFormat: String, Sendable, CaseIterable, Comparable {
    /// The printable answer sheet, typeset with libharu.
    case pdf
    /// The same sheet as HTML.
    case html
    /// The question list, one row per question, to build a Google or Microsoft form from.
    case csv
    /// The question list with the form's source and attribution.
    case json

    /// Parses a comma-separated list such as `pdf,csv`; throws naming the unknown entry.
    public static func list(_ text: String) throws(PipelineError) -> [QuestionnaireFormat] {
        var formats: [QuestionnaireFormat] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let format = QuestionnaireFormat(rawValue: name) else {
                throw .usage(
                    "--format: '\(name)' is not a questionnaire format; use one or more of "
                        + "\(allCases.map(\.rawValue).joined(separator: ", ")), separated by commas")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { throw .usage("--format: no format given; use pdf, html, csv, json or a list") }
        return formats.sorted()
    }

    public static func < (a: QuestionnaireFormat, b: QuestionnaireFormat) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The questionnaire a student fills in, ready to render: the checked template
/// (`questionnaire.xml` of the templates folder), the theme, and the question list.
public struct QuestionnaireSheet: Sendable {
    /// The template's file name in the templates folder (`<language>/` for languages other than English).
    public static let fileName = "questionnaire.xml"

    /// The questions, in order, with their ids.
    public let questions: QuestionList
    let template: ReportTemplate
    let theme: Theme

    /// Loads `form` in `language` with our own section, and the questionnaire template and theme
    /// from `folder`.
    ///
    /// - Throws: ``PipelineError/usage(_:)`` when the form is not available in `language` (only
    ///   English is verified); ``PipelineError/input(_:)`` listing every error of the template, or
    ///   naming a missing template, theme or a damaged built-in file.
    public static func load(form: InterestForm, language tag: LanguageTag, templatesFolder folder: URL)
        throws(PipelineError) -> QuestionnaireSheet
    {
        let language = tag.code
        let instrument: Instrument
        let section: SelfRatingSection
        do {
            instrument = try Instrument.load(form, language: language)
            section = try SelfRatingSection.load(vocabulary: CatalogFile.load(nil).skills)
        } catch let error as QuestionnaireError {
            if case .languageNotVerified = error { throw .usage("--lang \(language): \(error)") }
            throw .input(error.description)
        } catch {
            throw .input("\(error)")
        }
        let url =
            tag.language == TemplateFolder.defaultLanguage
            ? folder.appendingPathComponent(fileName)
            : folder.appendingPathComponent(language).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw .input("\(url.path): the questionnaire template is missing; restore templates/\(fileName)")
        }
        let schema = try ReportSetup.loadSchema(in: folder)
        let template: ReportTemplate
        do {
            template = try ReportTemplate.load(
                contentsOf: url, schema: schema, dataModels: [QuestionnaireData.modelName: QuestionnaireData.shape])
        } catch {
            throw .input(error.diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "\n"))
        }
        return QuestionnaireSheet(
            questions: QuestionList(instrument: instrument, selfRating: section, language: language),
            template: template, theme: try ReportSetup.loadTheme(folder.appendingPathComponent("theme.json")))
    }

    /// The base name of the files written: `questionnaire-short`, `questionnaire-mini`.
    public var baseName: String { "questionnaire-\(questions.instrument.form.rawValue)" }

    /// The questionnaire in `formats`, in memory, with the pictures the HTML links to:
    /// `(name, bytes)` pairs, and the PDF renderer's warnings.
    public func files(in formats: [QuestionnaireFormat], date: ReportDate) throws(PipelineError) -> (
        files: [(name: String, bytes: [UInt8])], warnings: [String]
    ) {
        var files: [(name: String, bytes: [UInt8])] = []
        var warnings: [String] = []
        var document: ReportDocument?
        func bound() throws(PipelineError) -> ReportDocument {
            if let document { return document }
            do {
                let made = try template.bind(QuestionnaireData.value(questions, date: date.isoDay), theme: theme)
                document = made
                return made
            } catch {
                throw .input(error.diagnostics.map(\.description).joined(separator: "\n"))
            }
        }
        for format in formats {
            let name = "\(baseName).\(format.rawValue)"
            switch format {
            case .pdf:
                do {
                    let rendered = try PDFRenderer(options: PDFOptions(creationDate: date.date)).render(try bound())
                    warnings += rendered.warnings.map { "\(name): warning: \($0)" }
                    files.append((name, rendered.bytes))
                } catch let error as PipelineError {
                    throw error
                } catch {
                    throw .output("\(name) can't be made: \(error)")
                }
            case .html:
                let document = try bound()
                files.append((name, HTMLRenderer().utf8(document)))
                files += document.images.map { ($0.fileName, $0.bytes) }
            case .csv:
                files.append((name, Array(questions.csv().utf8)))
            case .json:
                files.append((name, questions.json()))
            }
        }
        return (files, warnings)
    }

    /// Writes `files` into `folder` (created if needed), each atomically; returns the paths written.
    /// If one fails, the ones already written are removed again, so a failed run leaves nothing.
    public static func write(_ files: [(name: String, bytes: [UInt8])], into folder: URL) throws(PipelineError)
        -> [String]
    {
        try AtomicFile.prepareFolder(folder)
        var written: [String] = []
        for (name, bytes) in files {
            let url = folder.appendingPathComponent(name)
            do {
                try AtomicFile.write(bytes, to: url)
            } catch {
                for path in written { try? FileManager.default.removeItem(atPath: path) }
                throw error
            }
            written.append(url.relativePath)
        }
        return written
    }
}

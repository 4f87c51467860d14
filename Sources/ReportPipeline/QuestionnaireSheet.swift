import CareerInput
import CareerModel
import Diagnostics
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
                throw .usage(.unknownFormat(name: name, known: allCases.map(\.rawValue)), option: "--format")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { throw .usage(.noFormat(known: allCases.map(\.rawValue)), option: "--format") }
        return formats.sorted()
    }

    public static func < (a: QuestionnaireFormat, b: QuestionnaireFormat) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The questionnaire a student fills in, ready to render: the checked template
/// (`questionnaire.xml` of the templates folder), the render session with its theme, and the question list.
public struct QuestionnaireSheet: Sendable {
    /// The template's file name in the templates folder (`<language>/` for languages other than English).
    public static let fileName = "questionnaire.xml"

    /// The questions, in order, with their ids.
    public let questions: QuestionList
    let template: ReportTemplate
    let session: RenderSession

    /// Loads `form` in `language` with our own section, and the questionnaire template and theme
    /// from `folder`.
    ///
    /// - Throws: a ``PipelineError/Category/usage`` error when the form is not available in `language` (only
    ///   English is verified); an ``PipelineError/Category/input`` error listing every error of the template, or
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
            if case .languageNotVerified = error {
                throw .usage(.languageNotVerified(reason: error.description), option: "--lang")
            }
            throw .input(.questionnaire(error.description))
        } catch {
            throw .input(.builtInDataBroken(what: "the questionnaire's built-in data", detail: "\(error)"))
        }
        let url =
            tag.language == TemplateFolder.defaultLanguage
            ? folder.appendingPathComponent(fileName)
            : folder.appendingPathComponent(language).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw .input(.questionnaireTemplateMissing(fileName: fileName), at: Location(file: url.path))
        }
        let schema = try ReportSetup.loadSchema(in: folder)
        let template: ReportTemplate
        do {
            template = try ReportTemplate.load(
                contentsOf: url, schema: schema, dataModels: [QuestionnaireData.modelName: QuestionnaireData.shape])
        } catch {
            throw PipelineError(.input, error.diagnostics.filter { $0.severity == .error }.map(\.diagnostic))
        }
        return QuestionnaireSheet(
            questions: QuestionList(instrument: instrument, selfRating: section, language: language),
            template: template,
            session: RenderSession(
                theme: try ReportSetup.loadTheme(folder.appendingPathComponent("theme.json")), schema: schema))
    }

    /// The base name of the files written: `questionnaire-short`, `questionnaire-mini`.
    public var baseName: String { "questionnaire-\(questions.instrument.form.rawValue)" }

    /// The questionnaire in `formats`, in memory, with the pictures the HTML links to:
    /// `(name, bytes)` pairs, and the PDF renderer's warnings.
    public func files(in formats: [QuestionnaireFormat], date: ReportDate) throws(PipelineError) -> (
        files: [(name: String, bytes: [UInt8])], warnings: [Diagnostic]
    ) {
        var rendered = RenderSession.Rendered()
        var images: [ReportImage] = []
        let drawn = Set(formats.compactMap { $0 == .pdf ? .pdf : $0 == .html ? RenderSession.Format.html : nil })
        if !drawn.isEmpty {
            let document: ReportDocument
            do {
                document = try template.bind(
                    QuestionnaireData.value(questions, date: date.isoDay), theme: session.theme)
            } catch {
                throw PipelineError(.input, error.diagnostics.map(\.diagnostic))
            }
            rendered = try session.render(
                document, formats: drawn, options: PDFOptions(creationDate: date.date),
                at: Location(file: "\(baseName).pdf"))
            images = document.images
        }
        var files: [(name: String, bytes: [UInt8])] = []
        for format in formats {
            let name = "\(baseName).\(format.rawValue)"
            switch format {
            case .pdf:
                files.append((name, rendered.pdf ?? []))
            case .html:
                files.append((name, rendered.html ?? []))
                files += images.map { ($0.fileName, $0.bytes) }
            case .csv:
                files.append((name, Array(questions.csv().utf8)))
            case .json:
                files.append((name, questions.json()))
            }
        }
        return (files, rendered.warnings)
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

import CareerModel
import Diagnostics
import Foundation
import Questionnaire
import ReportDocument
import Testing

@testable import ReportPipeline

@Suite("The questionnaire sheet: data, template and files")
struct QuestionnaireSheetTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates")

    @Test("the data for either form conforms exactly to the declared shape")
    func shape() throws {
        for form in InterestForm.allCases {
            let sheet = try QuestionnaireSheet.load(
                form: form, language: LanguageTag("en")!, templatesFolder: Self.templates)
            let value = QuestionnaireData.value(sheet.questions, date: "2026-12-04")
            #expect(QuestionnaireData.shape.mismatches(in: value) == [], "\(form)")
            #expect(value.lookup("items.0.id") == .string(sheet.questions.instrument.items[0].id))
            #expect(value.lookup("self_rating.plans.number") == .number(Double(sheet.questions.questions.count)))
        }
    }

    @Test("the files are named by form, in the order asked, and the same input gives the same bytes")
    func files() throws {
        let sheet = try QuestionnaireSheet.load(
            form: .mini, language: LanguageTag("en")!, templatesFolder: Self.templates)
        let date = try ReportDate(environment: ["SOURCE_DATE_EPOCH": "1764806400"])
        let first = try sheet.files(in: [.pdf, .csv, .json], date: date)
        #expect(
            first.files.map(\.name) == ["questionnaire-mini.pdf", "questionnaire-mini.csv", "questionnaire-mini.json"])
        #expect(first.files[0].bytes.starts(with: Array("%PDF".utf8)))
        #expect(first.warnings == [])
        let second = try sheet.files(in: [.pdf, .csv, .json], date: date)
        #expect(first.files.map(\.bytes) == second.files.map(\.bytes))
    }

    @Test("formats are parsed from a list; an unknown one is named")
    func formats() throws {
        #expect(try QuestionnaireFormat.list("json, PDF,csv,pdf") == [.pdf, .csv, .json])
        #expect(
            throws: PipelineError.usage(
                .unknownFormat(name: "docx", known: ["pdf", "html", "csv", "json"]), option: "--format")
        ) { try QuestionnaireFormat.list("pdf,docx") }
        #expect(throws: PipelineError.self) { try QuestionnaireFormat.list(" , ") }
    }

    @Test("Spanish is refused with the reason, whatever the case of the tag; English in any case is read")
    func languages() {
        #expect {
            try QuestionnaireSheet.load(form: .short, language: LanguageTag("ES")!, templatesFolder: Self.templates)
        } throws: { error in
            guard let error = error as? PipelineError, error.category == .usage,
                case .languageNotVerified(let reason) = error.diagnostics.first?.problem
            else { return false }
            return error.diagnostics.first?.location.field == "--lang" && reason.contains("English only")
        }
        let english = try? QuestionnaireSheet.load(
            form: .mini, language: LanguageTag("EN-us")!, templatesFolder: Self.templates)
        #expect(english != nil, "EN-us is English")
    }

    @Test("a templates folder without questionnaire.xml is named in the error")
    func missingTemplate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("q-templates-\(UUID())")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("schema"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect {
            try QuestionnaireSheet.load(form: .short, language: LanguageTag("en")!, templatesFolder: folder)
        } throws: { error in
            (error as? PipelineError)?.diagnostics.first?.problem
                == .questionnaireTemplateMissing(fileName: "questionnaire.xml")
        }
    }
}

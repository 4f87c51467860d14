import CareerModel
import Foundation

/// An O*NET Interest Profiler form: its items in the official order, its answers, its source.
///
/// The items are O*NET's, unchanged; CareerReport's own questions live in ``SelfRatingSection``.
public struct Instrument: Sendable, Equatable {
    /// Which form this is.
    public var form: InterestForm
    /// The items in the official order (item 1 first).
    public var items: [InterestItem]
    /// The five answers and their scores.
    public var answerScale: AnswerScale
    /// The scale area scores are reported on: `ip60` for the Short Form, `ip30` for the Mini-IP.
    public var interestScale: InterestScale
    /// Where the items come from, with the exact attribution.
    public var source: InstrumentSource
    /// The language of the item texts (`en`).
    public var language: String

    /// The languages whose official item text has been verified: English only (docs/questionnaire.md).
    public static let verifiedLanguages = ["en"]

    /// The built-in form in `language`.
    ///
    /// Throws ``QuestionnaireError/languageNotVerified(form:language:)`` for any language other than
    /// English (`en`, `en-US`): O*NET's items may not be translated by us, and the official Spanish
    /// text could not be verified.
    public static func load(_ form: InterestForm, language: String = "en") throws -> Instrument {
        guard let primary = LanguageTag(language)?.language, verifiedLanguages.contains(primary) else {
            throw QuestionnaireError.languageNotVerified(form: form, language: language)
        }
        return try decode(form)
    }

    /// The items of one RIASEC area, in the official order.
    public func items(in area: RIASEC) -> [InterestItem] { items.filter { $0.area == area } }

    /// The item with `id`, if the form has it.
    public func item(_ id: String) -> InterestItem? { items.first { $0.id == id } }

    private static func decode(_ form: InterestForm) throws -> Instrument {
        let (name, bytes) =
            switch form {
            case .short: ("interest-profiler-short.json", PackageResources.interest_profiler_short_json)
            case .mini: ("interest-profiler-mini.json", PackageResources.interest_profiler_mini_json)
            }
        let file: InstrumentFile
        do {
            file = try JSONDecoder().decode(InstrumentFile.self, from: Data(bytes))
        } catch {
            throw QuestionnaireError.damagedData(file: name, reason: "\(error)")
        }
        guard file.form == form.rawValue, let scale = InterestScale(rawValue: file.interestScale) else {
            throw QuestionnaireError.damagedData(file: name, reason: "it is not the \(form.rawValue) form")
        }
        return Instrument(
            form: form, items: file.items, answerScale: AnswerScale(answers: file.answers),
            interestScale: scale,
            source: InstrumentSource(
                name: file.instrument, version: file.version, publisher: file.publisher, url: file.url,
                licence: file.licence.name, licenceURL: file.licence.url, attribution: file.attribution,
                credit: file.credit),
            language: file.language)
    }
}

/// The layout of an instrument's data file (`Resources/interest-profiler-*.json`).
private struct InstrumentFile: Decodable {
    struct Licence: Decodable {
        var name: String
        var url: String
    }
    var instrument: String
    var form: String
    var version: String
    var publisher: String
    var url: String
    var licence: Licence
    var attribution: String
    var credit: String
    var language: String
    var interestScale: String
    var answers: [AnswerScale.Answer]
    var items: [InterestItem]

    private enum CodingKeys: String, CodingKey {
        case instrument, form, version, publisher, url, licence, attribution, credit, language, answers, items
        case interestScale = "interest_scale"
    }
}

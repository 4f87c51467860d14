import CareerModel
import Foundation

/// Every question of a questionnaire in the order a student answers it: the O*NET items first,
/// then our own self-ratings, then the plans question, each with its stable id.
///
/// One list feeds every version: the printable sheet, the CSV and JSON to build a Google or
/// Microsoft form from, and the reader that matches a form's export back to the items.
public struct QuestionList: Sendable, Equatable {
    /// The O*NET form the interest questions come from.
    public var instrument: Instrument
    /// Our own section.
    public var selfRating: SelfRatingSection
    /// The language of our own wording (the O*NET items are English).
    public var language: String
    /// The questions in order, numbered from 1 across all sections.
    public var questions: [Question]

    /// The list for `instrument` and `selfRating`, with our wording in `language`.
    public init(instrument: Instrument, selfRating: SelfRatingSection, language: String) {
        self.instrument = instrument
        self.selfRating = selfRating
        self.language = language
        let interestAnswers = instrument.answerScale.answers.map { Answer(value: String($0.value), label: $0.label) }
        let levels = selfRating.levels.map { Answer(value: String($0.value), label: $0.label.text(in: language)) }
        var questions = instrument.items.map {
            Question(
                number: 0, id: $0.id, section: .interests, text: $0.text, description: nil, answers: interestAnswers,
                area: $0.area, skill: nil)
        }
        questions += selfRating.skills.map {
            Question(
                number: 0, id: $0.id, section: .skills, text: $0.name(in: language),
                description: $0.description(in: language), answers: levels, area: nil, skill: $0.skill.key)
        }
        questions.append(
            Question(
                number: 0, id: selfRating.plans.id, section: .plans, text: selfRating.plans.question.text(in: language),
                description: nil,
                answers: selfRating.plans.options.map {
                    Answer(value: $0.plan.rawValue, label: $0.label.text(in: language))
                },
                area: nil, skill: nil))
        for index in questions.indices { questions[index].number = index + 1 }
        self.questions = questions
    }

    /// Which part of the questionnaire a question belongs to.
    public enum Section: String, Sendable, Equatable, Encodable {
        /// The O*NET Interest Profiler items (scored into RIASEC areas).
        case interests
        /// Our self-ratings of the skill vocabulary (1-5, never scored into RIASEC).
        case skills
        /// Our education-plans question.
        case plans
    }

    /// One answer a question offers: what is recorded, and what the student reads.
    public struct Answer: Sendable, Equatable, Encodable {
        /// The value recorded: `0`-`4` for O*NET items, `1`-`5` for skills, a plan such as `bachelor`.
        public var value: String
        /// The label the student picks, for example "Strongly Like".
        public var label: String
    }

    /// One question.
    public struct Question: Sendable, Equatable, Encodable {
        /// Its place in the whole questionnaire, from 1.
        public var number: Int
        /// Its stable id: `ipsf-01`, `skill-data-analysis`, `education-plans`.
        public var id: String
        /// The part it belongs to.
        public var section: Section
        /// The question exactly as the student reads it (an O*NET item's text is unchanged).
        public var text: String
        /// A one-line explanation under the question (a skill's description); `nil` for none.
        public var description: String?
        /// The answers offered, in order.
        public var answers: [Answer]
        /// The RIASEC area an O*NET item counts towards; `nil` for our own questions.
        public var area: RIASEC?
        /// The skill a self-rating is about (its key); `nil` otherwise.
        public var skill: String?
    }
}

extension QuestionList {
    /// The columns of ``csv()``, in order.
    public static let csvColumns = [
        "number", "id", "section", "question", "description", "answers", "values", "area", "skill", "source",
    ]

    /// The list as CSV (RFC 4180, UTF-8, CRLF line ends): one row per question, in order, with the
    /// columns of ``csvColumns``. `answers` and `values` hold the choices separated by `;`; `source`
    /// credits the O*NET items on every row of theirs (title, author, licence).
    public func csv() -> String {
        var lines = [Self.csvColumns.joined(separator: ",")]
        for question in questions {
            let fields = [
                String(question.number), question.id, question.section.rawValue, question.text,
                question.description ?? "", question.answers.map(\.label).joined(separator: ";"),
                question.answers.map(\.value).joined(separator: ";"), question.area?.rawValue ?? "",
                question.skill ?? "", question.section == .interests ? instrument.source.credit : "CareerReport",
            ]
            lines.append(fields.map(Self.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The list as JSON: the form, the language, the O*NET source with its full attribution, and
    /// the questions in order. Keys are sorted, so the same list always gives the same bytes.
    public func json() -> [UInt8] {
        let source = instrument.source
        let document = QuestionListJSON(
            form: instrument.form.rawValue, language: language, interestScale: instrument.interestScale.rawValue,
            source: .init(
                name: source.name, version: source.version, publisher: source.publisher, url: source.url,
                licence: source.licence, licenceURL: source.licenceURL, attribution: source.attribution),
            ownQuestions: selfRating.note, questions: questions)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail.
        return Array((try? encoder.encode(document)) ?? Data()) + [0x0A]
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// The layout of ``QuestionList/json()``.
private struct QuestionListJSON: Encodable {
    struct Source: Encodable {
        var name, version, publisher, url, licence, licenceURL, attribution: String

        enum CodingKeys: String, CodingKey {
            case name, version, publisher, url, licence, attribution
            case licenceURL = "licence_url"
        }
    }
    var form: String
    var language: String
    var interestScale: String
    var source: Source
    var ownQuestions: String
    var questions: [QuestionList.Question]

    enum CodingKeys: String, CodingKey {
        case form, language, source, questions
        case interestScale = "interest_scale"
        case ownQuestions = "own_questions"
    }
}

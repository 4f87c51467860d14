import Questionnaire
import ReportDocument

/// The data the questionnaire template binds (`<report data="questionnaire">`): the O*NET form's
/// items and answers with its source, and our own section, built from one ``QuestionList`` so the
/// sheet asks exactly what the CSV and JSON lists hold. docs/questionnaire.md lists the paths.
public enum QuestionnaireData {
    /// The name templates give this data model.
    public static let modelName = "questionnaire"

    /// Every path a questionnaire template may use; templates are checked against it.
    public static let shape: ReportShape = {
        let answer = ReportShape.record(["value": .text, "label": .text])
        return .record([
            "report": .record(["date": .text, "generator": .text]),
            "form": .record([
                "id": .text, "item_count": .number, "items_per_area": .number, "scale": .text, "highest_score": .number,
            ]),
            "source": .record([
                "name": .text, "version": .text, "publisher": .text, "url": .text, "licence": .text,
                "licence_url": .text, "attribution": .text, "credit": .text,
            ]),
            "answers": .list(answer),
            "items": .list(.record(["number": .number, "id": .text, "text": .text])),
            "self_rating": .record([
                "title": .text, "instructions": .text, "note": .text, "skill_count": .number,
                "levels": .list(.record(["value": .text, "label": .text, "anchor": .text])),
                "skills": .list(.record(["number": .number, "id": .text, "name": .text, "description": .text])),
                "plans": .record([
                    "number": .number, "id": .text, "question": .text,
                    "options": .list(.record(["id": .text, "value": .text, "label": .text])),
                ]),
            ]),
            "question_count": .number,
        ])
    }()

    /// The tree the template binds for `list`, dated `date` (yyyy-mm-dd).
    public static func value(_ list: QuestionList, date: String) -> ReportValue {
        let instrument = list.instrument
        let source = instrument.source
        let section = list.selfRating
        let language = list.language
        let number = { (id: String) in Double(list.questions.first { $0.id == id }?.number ?? 0) }
        let plans = list.questions.first { $0.section == .plans }
        return .record([
            "report": .record([
                "date": .string(date), "generator": .string("CareerReport \(CareerReportVersion.string)"),
            ]),
            "form": .record([
                "id": .string(instrument.form.rawValue), "item_count": .number(Double(instrument.items.count)),
                "items_per_area": .number(Double(instrument.form.itemsPerArea)),
                "scale": .string(instrument.interestScale.rawValue),
                "highest_score": .number(instrument.interestScale.range.upperBound),
            ]),
            "source": .record([
                "name": .string(source.name), "version": .string(source.version),
                "publisher": .string(source.publisher), "url": .string(source.url),
                "licence": .string(source.licence), "licence_url": .string(source.licenceURL),
                "attribution": .string(source.attribution), "credit": .string(source.credit),
            ]),
            "answers": .list(
                instrument.answerScale.answers.map {
                    .record(["value": .string(String($0.value)), "label": .string($0.label)])
                }),
            "items": .list(
                instrument.items.map {
                    .record(["number": .number(number($0.id)), "id": .string($0.id), "text": .string($0.text)])
                }),
            "self_rating": .record([
                "title": .string(section.title.text(in: language)),
                "instructions": .string(section.instructions.text(in: language)),
                "note": .string(section.note), "skill_count": .number(Double(section.skills.count)),
                "levels": .list(
                    section.levels.map {
                        .record([
                            "value": .string(String($0.value)), "label": .string($0.label.text(in: language)),
                            "anchor": .string($0.anchor.text(in: language)),
                        ])
                    }),
                "skills": .list(
                    section.skills.map {
                        .record([
                            "number": .number(number($0.id)), "id": .string($0.id),
                            "name": .string($0.name(in: language)),
                            "description": .string($0.description(in: language)),
                        ])
                    }),
                "plans": .record([
                    "number": .number(Double(plans?.number ?? 0)), "id": .string(section.plans.id),
                    "question": .string(section.plans.question.text(in: language)),
                    "options": .list(
                        section.plans.options.map {
                            .record([
                                "id": .string($0.id), "value": .string($0.plan.rawValue),
                                "label": .string($0.label.text(in: language)),
                            ])
                        }),
                ]),
            ]),
            "question_count": .number(Double(list.questions.count)),
        ])
    }
}

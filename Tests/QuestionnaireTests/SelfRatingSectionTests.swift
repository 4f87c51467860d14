import CareerModel
import Testing

@testable import Questionnaire

@Suite("Our own self-rating section")
struct SelfRatingSectionTests {
    let catalog: Catalog
    let section: SelfRatingSection

    init() throws {
        catalog = try Catalog.starter()
        section = try SelfRatingSection.load(vocabulary: catalog.skills)
    }

    @Test("one question per skill of the vocabulary, in its order, with a stable id")
    func oneQuestionPerSkill() {
        #expect(section.skills.map(\.skill.key) == catalog.skills.map(\.key))
        #expect(section.skills.first { $0.skill.key == "data_analysis" }?.id == "skill-data-analysis")
        for question in section.skills {
            #expect(question.id == "skill-" + question.skill.key.replacingOccurrences(of: "_", with: "-"))
        }
    }

    @Test("every skill has a name and a one-line description in English and Spanish")
    func descriptions() {
        for question in section.skills {
            for language in ["en", "es"] {
                let description = question.description(in: language)
                #expect(!question.name(in: language).isEmpty, "\(question.id) \(language)")
                #expect(!description.isEmpty && !description.contains("\n"), "\(question.id) \(language)")
            }
            #expect(question.description(in: "es") != question.description(in: "en"), "\(question.id) untranslated")
        }
    }

    @Test("five levels, 1 to 5, each with a label and a described anchor in both languages")
    func levels() {
        #expect(section.levels.map(\.value) == [1, 2, 3, 4, 5])
        #expect(section.levels.first?.label.en == "Beginner")
        #expect(section.levels.last?.label.en == "Expert")
        for level in section.levels {
            for text in [level.label, level.anchor] {
                #expect(!text.en.isEmpty && !text.es.isEmpty && text.en != text.es, "level \(level.value)")
            }
        }
        #expect(Set(section.levels.map(\.anchor.en)).count == 5)
    }

    @Test("the plans question offers every education plan once, shortest first, with stable ids")
    func plans() {
        #expect(section.plans.id == "education-plans")
        #expect(section.plans.options.map(\.plan) == EducationPlan.allCases)
        #expect(
            section.plans.options.map(\.id)
                == EducationPlan.allCases.map {
                    "plans-" + $0.rawValue.replacingOccurrences(of: "_", with: "-")
                })
        #expect(section.plans.question.text(in: "es-MX").hasPrefix("¿"))
        for option in section.plans.options { #expect(!option.label.en.isEmpty && !option.label.es.isEmpty) }
    }

    @Test("no id of ours can be taken for an O*NET item's")
    func idsDoNotCollide() throws {
        let ours = Set(section.skills.map(\.id) + section.plans.options.map(\.id) + [section.plans.id])
        for form in InterestForm.allCases {
            #expect(ours.isDisjoint(with: try Instrument.load(form).items.map(\.id)))
        }
    }

    @Test("a vocabulary the section doesn't cover is a damaged-data error naming the skill")
    func vocabularyMismatch() {
        var vocabulary = catalog.skills
        vocabulary.append(Skill(key: "juggling", name: "Juggling", technical: false, description: "Three balls."))
        #expect(throws: QuestionnaireError.self) { try SelfRatingSection.load(vocabulary: vocabulary) }
        do {
            _ = try SelfRatingSection.load(vocabulary: vocabulary)
        } catch {
            #expect("\(error)".contains("juggling"))
        }
        #expect(throws: QuestionnaireError.self) {
            try SelfRatingSection.load(vocabulary: Array(catalog.skills.dropFirst()))
        }
    }
}

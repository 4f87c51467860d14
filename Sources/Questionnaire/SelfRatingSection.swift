import CareerModel
import Foundation

/// CareerReport's own section of the questionnaire: a 1-5 self-rating for every skill of the
/// vocabulary, and the education-plans question.
///
/// Its answers fill a profile's `skills` and `plans`; they never count towards the RIASEC scores,
/// and its wording is never mixed with O*NET's items. The levels follow the spirit of DigComp 2.2's
/// proficiency levels (how hard the task, how much on one's own), in our own words.
public struct SelfRatingSection: Sendable, Equatable {
    /// The section's heading.
    public var title: LocalizedText
    /// What the student is asked to do.
    public var instructions: LocalizedText
    /// Where the wording comes from (ours), and that it is not scored as interests.
    public var note: String
    /// The five levels, 1 first, each with a described anchor.
    public var levels: [SelfRatingLevel]
    /// One question per skill of the vocabulary, in the vocabulary's order.
    public var skills: [SkillQuestion]
    /// The education-plans question.
    public var plans: EducationPlansQuestion

    /// The built-in section, with each skill's name and description taken from `vocabulary`
    /// (the catalog's skills).
    ///
    /// Throws ``QuestionnaireError/damagedData(file:reason:)`` when a skill of the section is not in
    /// the vocabulary or a skill of the vocabulary has no question.
    public static func load(vocabulary: [Skill]) throws -> SelfRatingSection {
        let name = "self-rating.json"
        let file: SelfRatingFile
        do {
            file = try JSONDecoder().decode(SelfRatingFile.self, from: Data(PackageResources.self_rating_json))
        } catch {
            throw QuestionnaireError.damagedData(file: name, reason: "\(error)")
        }
        let byKey = Dictionary(vocabulary.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let questions = try file.skills.map { entry in
            guard let skill = byKey[entry.skill] else {
                throw QuestionnaireError.damagedData(
                    file: name, reason: "skill '\(entry.skill)' is not in the catalog's vocabulary")
            }
            return SkillQuestion(id: entry.id, skill: skill)
        }
        if let missing = vocabulary.first(where: { skill in !file.skills.contains { $0.skill == skill.key } }) {
            throw QuestionnaireError.damagedData(
                file: name, reason: "the vocabulary's skill '\(missing.key)' has no question")
        }
        return SelfRatingSection(
            title: file.section, instructions: file.instructions, note: file.note, levels: file.levels,
            skills: questions, plans: file.plans)
    }
}

/// One level of the 1-5 self-rating scale.
public struct SelfRatingLevel: Sendable, Equatable, Decodable {
    /// The rating, 1 (beginner) to 5 (expert): what a profile's `skills` holds.
    public var value: Int
    /// The level's name, for example "Intermediate".
    public var label: LocalizedText
    /// What a student at this level can do, in one sentence.
    public var anchor: LocalizedText
}

/// The self-rating question for one skill.
public struct SkillQuestion: Sendable, Equatable {
    /// Stable id, `skill-` and the key with hyphens: `skill-data-analysis`.
    public var id: String
    /// The skill, with its name and plain-language description (and their translations).
    public var skill: Skill

    /// The skill's name in `language`, English where the catalog has no translation.
    public func name(in language: String) -> String { skill.localized(to: language).name }

    /// The skill's one-line description in `language`, English where the catalog has no translation.
    public func description(in language: String) -> String { skill.localized(to: language).description }
}

/// "What is the highest education you plan to complete?" and its options.
public struct EducationPlansQuestion: Sendable, Equatable, Decodable {
    /// Stable id, `education-plans`.
    public var id: String
    /// The question.
    public var question: LocalizedText
    /// The options, shortest education first.
    public var options: [Option]

    /// One option: its id, the profile's `plans` value and its label.
    public struct Option: Sendable, Equatable, Decodable {
        /// Stable id, for example `plans-bachelor`.
        public var id: String
        /// The plan this option records.
        public var plan: EducationPlan
        /// The option's wording.
        public var label: LocalizedText
    }
}

/// The layout of `Resources/self-rating.json`.
private struct SelfRatingFile: Decodable {
    struct Entry: Decodable {
        var id: String
        var skill: String
    }
    var section: LocalizedText
    var source: String
    var note: String
    var instructions: LocalizedText
    var levels: [SelfRatingLevel]
    var skills: [Entry]
    var plans: EducationPlansQuestion
}

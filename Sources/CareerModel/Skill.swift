/// One skill of the catalog's vocabulary, which students rate themselves on (1-5)
/// and careers require (importance and level).
public struct Skill: Sendable, Equatable, Codable {
    /// Stable key used in profiles and rosters, for example `data_analysis`.
    public var key: String
    /// The name shown to people, for example "Data analysis".
    public var name: String
    /// True for technical (IT-side) skills; false for the people and business side.
    public var technical: Bool
    /// One sentence on what the skill is.
    public var description: String
    /// The name and description in other languages; `nil` when the catalog has none.
    public var translations: Translations<SkillTranslation>?

    /// Creates a skill.
    public init(
        key: String, name: String, technical: Bool, description: String,
        translations: Translations<SkillTranslation>? = nil
    ) {
        self.key = key
        self.name = name
        self.technical = technical
        self.description = description
        self.translations = translations
    }
}

/// How much a career needs one skill, on O*NET's scales.
public struct SkillRequirement: Sendable, Equatable, Codable {
    /// The skill's key in the vocabulary.
    public var skill: String
    /// How important the skill is to the work, 1 (not) to 5 (extremely).
    public var importance: Double
    /// The level of the skill the work needs, 0 to 7.
    public var level: Double

    /// Creates a requirement.
    public init(skill: String, importance: Double, level: Double) {
        self.skill = skill
        self.importance = importance
        self.level = level
    }
}

/// One occupation of the catalog, with the facts the assessment and the report need.
///
/// A value like any struct, but its fields live in one shared, immutable box, so copying a career
/// (the assessment copies every career into every result) costs one reference count, not fourteen.
/// Setting a field replaces the box.
public struct Career: Sendable, Equatable, Codable {
    private var storage: Box

    /// O*NET-SOC code such as `13-1161.01`; `nil` for a role O*NET does not list.
    public var code: String? {
        get { storage.fields.code }
        set { update(\.code, newValue) }
    }

    /// A stable id for roles without an O*NET code (and for all roles in file names).
    public var id: String {
        get { storage.fields.id }
        set { update(\.id, newValue) }
    }

    /// The title, for example "Search Marketing Strategist".
    public var title: String {
        get { storage.fields.title }
        set { update(\.title, newValue) }
    }

    /// Other titles the role goes by ("SEO Specialist").
    public var alternateTitles: [String] {
        get { storage.fields.alternateTitles }
        set { update(\.alternateTitles, newValue) }
    }

    /// Which side of the marketing-IT line the role is usually filed on.
    public var family: CareerFamily {
        get { storage.fields.family }
        set { update(\.family, newValue) }
    }

    /// What the work is, in our own words (two or three sentences).
    public var description: String {
        get { storage.fields.description }
        set { update(\.description, newValue) }
    }

    /// Occupational interest profile, O*NET OI scale 1-7 per RIASEC area.
    public var interests: InterestScores {
        get { storage.fields.interests }
        set { update(\.interests, newValue) }
    }

    /// O*NET's interest high points (Scale IH), first to third, leaving out the "none" (0) entries;
    /// `nil` when the catalog does not carry them, and the assessment derives them from `interests`.
    public var highPoints: [RIASEC]? {
        get { storage.fields.highPoints }
        set { update(\.highPoints, newValue) }
    }

    /// O*NET Job Zone 1-5: how much preparation the work needs.
    public var jobZone: Int {
        get { storage.fields.jobZone }
        set { update(\.jobZone, newValue) }
    }

    /// Skills the work needs, in the catalog's vocabulary.
    public var skills: [SkillRequirement] {
        get { storage.fields.skills }
        set { update(\.skills, newValue) }
    }

    /// Tools and technologies used in the work.
    public var technologies: [String] {
        get { storage.fields.technologies }
        set { update(\.technologies, newValue) }
    }

    /// Courses and certifications that build the skills.
    public var training: [Training] {
        get { storage.fields.training }
        set { update(\.training, newValue) }
    }

    /// Entry-level jobs that lead into the role.
    public var entryRoles: [String] {
        get { storage.fields.entryRoles }
        set { update(\.entryRoles, newValue) }
    }

    /// How O*NET and ESCO classify the role (they disagree about marketing vs ICT).
    public var classification: Classification {
        get { storage.fields.classification }
        set { update(\.classification, newValue) }
    }

    /// The title, description and entry roles in other languages; `nil` when the catalog has none.
    public var translations: Translations<CareerTranslation>? {
        get { storage.fields.translations }
        set { update(\.translations, newValue) }
    }

    /// Creates a career.
    public init(
        code: String?, id: String, title: String, alternateTitles: [String] = [],
        family: CareerFamily, description: String, interests: InterestScores, jobZone: Int,
        skills: [SkillRequirement], technologies: [String] = [], training: [Training] = [],
        entryRoles: [String] = [], classification: Classification, highPoints: [RIASEC]? = nil,
        translations: Translations<CareerTranslation>? = nil
    ) {
        storage = Box(
            Fields(
                code: code, id: id, title: title, alternateTitles: alternateTitles, family: family,
                description: description, interests: interests, highPoints: highPoints, jobZone: jobZone,
                skills: skills, technologies: technologies, training: training, entryRoles: entryRoles,
                classification: classification, translations: translations))
    }

    public init(from decoder: any Decoder) throws {
        storage = Box(try Fields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try storage.fields.encode(to: encoder)
    }

    public static func == (a: Career, b: Career) -> Bool {
        a.storage === b.storage || a.storage.fields == b.storage.fields
    }

    private mutating func update<Value>(_ field: WritableKeyPath<Fields, Value>, _ value: Value) {
        var fields = storage.fields
        fields[keyPath: field] = value
        storage = Box(fields)
    }

    /// The fields, in the order the catalog file lists them.
    private struct Fields: Sendable, Equatable, Codable {
        var code: String?
        var id: String
        var title: String
        var alternateTitles: [String]
        var family: CareerFamily
        var description: String
        var interests: InterestScores
        var highPoints: [RIASEC]?
        var jobZone: Int
        var skills: [SkillRequirement]
        var technologies: [String]
        var training: [Training]
        var entryRoles: [String]
        var classification: Classification
        var translations: Translations<CareerTranslation>?
    }

    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }
}

/// Where a role sits between marketing and IT, as the catalog files it.
public enum CareerFamily: String, Sendable, Equatable, Codable, CaseIterable {
    /// Digital and classic marketing roles.
    case marketing
    /// Information technology roles.
    case it
    /// Roles that are both: marketing technologist, web analytics, marketing automation.
    case hybrid
}

/// A course or certification.
public struct Training: Sendable, Equatable, Codable {
    /// Its name, for example "Google Analytics Certification".
    public var name: String
    /// Who offers it.
    public var provider: String
    /// True when it costs nothing to take.
    public var free: Bool
    /// Skill keys it builds.
    public var skills: [String]
    /// The name and provider in other languages; `nil` when the catalog has none.
    public var translations: Translations<TrainingTranslation>?

    /// Creates a training entry.
    public init(
        name: String, provider: String, free: Bool, skills: [String],
        translations: Translations<TrainingTranslation>? = nil
    ) {
        self.name = name
        self.provider = provider
        self.free = free
        self.skills = skills
        self.translations = translations
    }
}

/// How two taxonomies file a role.
public struct Classification: Sendable, Equatable, Codable {
    /// O*NET's group, for example "Business and Financial Operations (13-)".
    public var onet: String
    /// ESCO/ISCO's group, for example "ISCO 2513 Web and multimedia developers (ICT)".
    public var esco: String

    /// Creates a classification.
    public init(onet: String, esco: String) {
        self.onet = onet
        self.esco = esco
    }
}

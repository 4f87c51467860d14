/// One occupation of the catalog, with the facts the assessment and the report need.
public struct Career: Sendable, Equatable, Codable {
    /// O*NET-SOC code such as `13-1161.01`; `nil` for a role O*NET does not list.
    public var code: String?
    /// A stable id for roles without an O*NET code (and for all roles in file names).
    public var id: String
    /// The title, for example "Search Marketing Strategist".
    public var title: String
    /// Other titles the role goes by ("SEO Specialist").
    public var alternateTitles: [String]
    /// Which side of the marketing-IT line the role is usually filed on.
    public var family: CareerFamily
    /// What the work is, in our own words (two or three sentences).
    public var description: String
    /// Occupational interest profile, O*NET OI scale 1-7 per RIASEC area.
    public var interests: InterestScores
    /// O*NET Job Zone 1-5: how much preparation the work needs.
    public var jobZone: Int
    /// Skills the work needs, in the catalog's vocabulary.
    public var skills: [SkillRequirement]
    /// Tools and technologies used in the work.
    public var technologies: [String]
    /// Courses and certifications that build the skills.
    public var training: [Training]
    /// Entry-level jobs that lead into the role.
    public var entryRoles: [String]
    /// How O*NET and ESCO classify the role (they disagree about marketing vs ICT).
    public var classification: Classification

    /// Creates a career.
    public init(
        code: String?, id: String, title: String, alternateTitles: [String] = [],
        family: CareerFamily, description: String, interests: InterestScores, jobZone: Int,
        skills: [SkillRequirement], technologies: [String] = [], training: [Training] = [],
        entryRoles: [String] = [], classification: Classification
    ) {
        self.code = code
        self.id = id
        self.title = title
        self.alternateTitles = alternateTitles
        self.family = family
        self.description = description
        self.interests = interests
        self.jobZone = jobZone
        self.skills = skills
        self.technologies = technologies
        self.training = training
        self.entryRoles = entryRoles
        self.classification = classification
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

    /// Creates a training entry.
    public init(name: String, provider: String, free: Bool, skills: [String]) {
        self.name = name
        self.provider = provider
        self.free = free
        self.skills = skills
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

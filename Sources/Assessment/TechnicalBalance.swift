import CareerModel

/// Where a student or a career sits between marketing (0) and IT (100).
public enum TechnicalBalance {
    /// A career's technical share: the share of standardised importance `(IM - 1) / 4` that
    /// falls on technical skills, 0-100; `nil` when it lists no skills.
    public static func share(of career: Career, in catalog: Catalog) -> Double? {
        share(of: career.skills, technical: Set(catalog.skills.filter(\.technical).map(\.key)))
    }

    /// The technical share of `requirements`, given the keys of the technical skills.
    public static func share(of requirements: [SkillRequirement], technical: Set<String>) -> Double? {
        var technicalWeight = 0.0, total = 0.0
        for req in requirements {
            let weight = (req.importance - 1) / 4
            total += weight
            if technical.contains(req.skill) { technicalWeight += weight }
        }
        return total > 0 ? technicalWeight / total * 100 : nil
    }

    /// A student's technical share: the share of their self-ratings (1-5, summed) that falls on
    /// technical skills, 0-100; `nil` when they rated none.
    public static func share(of ratings: [String: Int], in catalog: Catalog) -> Double? {
        var technical = 0.0, total = 0.0
        for (key, rating) in ratings {
            total += Double(rating)
            if catalog.skill(key)?.technical == true { technical += Double(rating) }
        }
        return total > 0 ? technical / total * 100 : nil
    }
}

/// Which way a technical share leans.
public enum Leaning: String, Sendable, Equatable {
    /// Under 35: the people, content and business side.
    case marketing
    /// 35 to 55: both sides.
    case balanced
    /// Over 55: the technical side.
    case it

    /// The leaning of a technical share 0-100.
    public init(technicalShare: Double) {
        self = technicalShare < 35 ? .marketing : technicalShare <= 55 ? .balanced : .it
    }
}

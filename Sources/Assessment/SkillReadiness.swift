import CareerModel

/// How ready a student's self-rated skills are for a career's requirements (O*NET-anchored).
///
/// A self-rating 1-5 becomes an O*NET level `1 + (rating - 1) * 1.5` (1 -> 1, 5 -> 7); an
/// unrated skill counts as level 0. Importance is standardised `IMstd = (IM - 1) / 4 * 100`.
/// `gap = max(0, LVreq - LVstudent)`, `weighted gap = Σ IMstd·gap / Σ IMstd`,
/// `readiness = 100 * (1 - weighted gap / 7)`. Gaps are ranked by `IMstd·gap`; each gap's
/// ``SkillGap/readinessLost`` is its share of what readiness lacks of 100, so they sum to
/// `100 - readiness`. Gaps and strengths are worked out when they are read, so ranking a large
/// catalog costs only the readiness figure.
public struct SkillReadiness: Sendable, Equatable {
    /// 0-100.
    public var readiness: Double
    /// The student's self-ratings by skill key.
    let ratings: [String: Int]
    /// The career's requirements.
    let requirements: [SkillRequirement]
    /// The career's courses, which gaps are paired with.
    let training: [Training]

    /// The O*NET level (0-7) a self-rating stands for; 0 for an unrated skill.
    public static func level(forRating rating: Int?) -> Double {
        guard let rating else { return 0 }
        return 1 + Double(rating - 1) * 1.5
    }

    /// Standardised importance `(IM - 1) / 4 * 100`, 0-100.
    static func weight(importance: Double) -> Double { (importance - 1) / 4 * 100 }

    /// Compares ratings with a career's requirements; `nil` when the career lists none
    /// (or all at importance 1). Each gap is paired with the first of `training` that builds it.
    public init?(ratings: [String: Int], requirements: [SkillRequirement], training: [Training] = []) {
        var totalWeight = 0.0, weightedGap = 0.0
        for requirement in requirements {
            let weight = Self.weight(importance: requirement.importance)
            totalWeight += weight
            weightedGap += weight * max(0, requirement.level - Self.level(forRating: ratings[requirement.skill]))
        }
        guard totalWeight > 0 else { return nil }
        self.init(
            readiness: 100 * (1 - weightedGap / totalWeight / 7), ratings: ratings, requirements: requirements,
            training: training)
    }

    /// A readiness already computed (by ``Assessor``, from indexed levels).
    init(readiness: Double, ratings: [String: Int], requirements: [SkillRequirement], training: [Training]) {
        self.readiness = readiness
        self.ratings = ratings
        self.requirements = requirements
        self.training = training
    }

    /// Skills the student is short of, most important gap first (ties by key).
    public var gaps: [SkillGap] {
        let parts = self.parts
        let totalWeight = parts.reduce(0) { $0 + $1.weight }
        return parts.filter { $0.gap > 0 }
            .sorted { a, b in a.weightedGap != b.weightedGap ? a.weightedGap > b.weightedGap : a.skill < b.skill }
            .map { part in
                SkillGap(
                    skill: part.skill, importance: part.requirement.importance,
                    requiredLevel: part.requirement.level, studentLevel: part.studentLevel, weight: part.weightedGap,
                    readinessLost: 100 * part.weightedGap / (totalWeight * 7),
                    training: training.first { $0.skills.contains(part.skill) })
            }
    }

    /// Required skills the student already meets, most important first (ties by key).
    public var strengths: [String] {
        parts.filter { $0.gap == 0 && $0.studentLevel > 0 }
            .sorted { a, b in a.weight != b.weight ? a.weight > b.weight : a.skill < b.skill }
            .map(\.skill)
    }

    private var parts: [Part] {
        requirements.map { Part(requirement: $0, studentLevel: Self.level(forRating: ratings[$0.skill])) }
    }

    public static func == (a: SkillReadiness, b: SkillReadiness) -> Bool {
        a.readiness == b.readiness && a.gaps == b.gaps && a.strengths == b.strengths
    }

    /// One requirement next to the student's level.
    private struct Part {
        let requirement: SkillRequirement
        let studentLevel: Double
        var skill: String { requirement.skill }
        var weight: Double { SkillReadiness.weight(importance: requirement.importance) }
        var gap: Double { max(0, requirement.level - studentLevel) }
        var weightedGap: Double { weight * gap }
    }
}

/// One skill a student needs to build for a career.
public struct SkillGap: Sendable, Equatable {
    /// The skill's key.
    public var skill: String
    /// How important the skill is to the career, 1-5 (O*NET IM).
    public var importance: Double
    /// The level (0-7) the career needs.
    public var requiredLevel: Double
    /// The student's level (0-7) from their self-rating; 0 when unrated.
    public var studentLevel: Double
    /// `IMstd · gap`: how much closing this gap would raise readiness; ranks the gaps.
    public var weight: Double
    /// Points of readiness (0-100) this gap costs: `100 · IMstd·gap / (Σ IMstd · 7)`.
    public var readinessLost: Double
    /// A course or certification from the career's list that builds the skill, if it has one.
    public var training: Training?
}

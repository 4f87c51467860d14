import CareerModel

/// How ready a student's self-rated skills are for a career's requirements (O*NET-anchored).
///
/// A self-rating 1-5 becomes an O*NET level `1 + (rating - 1) * 1.5` (1 -> 1, 5 -> 7); an
/// unrated skill counts as level 0. Importance is standardised `IMstd = (IM - 1) / 4 * 100`.
/// `gap = max(0, LVreq - LVstudent)`, `weighted gap = Σ IMstd·gap / Σ IMstd`,
/// `readiness = 100 * (1 - weighted gap / 7)`. Gaps are ranked by `IMstd·gap`.
public struct SkillReadiness: Sendable, Equatable {
    /// 0-100.
    public var readiness: Double
    /// Skills the student is short of, most important gap first.
    public var gaps: [SkillGap]
    /// Required skills the student already meets, most important first.
    public var strengths: [String]

    /// The O*NET level (0-7) a self-rating stands for; 0 for an unrated skill.
    public static func level(forRating rating: Int?) -> Double {
        guard let rating else { return 0 }
        return 1 + Double(rating - 1) * 1.5
    }

    /// Compares ratings with a career's requirements; `nil` when the career lists none.
    public init?(ratings: [String: Int], requirements: [SkillRequirement]) {
        let parts = requirements.map { Part(requirement: $0, studentLevel: Self.level(forRating: ratings[$0.skill])) }
        let totalWeight = parts.reduce(0) { $0 + $1.weight }
        guard totalWeight > 0 else { return nil }
        let weightedGap = parts.reduce(0) { $0 + $1.weight * $1.gap } / totalWeight
        readiness = 100 * (1 - weightedGap / 7)
        gaps = parts.filter { $0.gap > 0 }
            .sorted { a, b in a.weightedGap != b.weightedGap ? a.weightedGap > b.weightedGap : a.skill < b.skill }
            .map {
                SkillGap(
                    skill: $0.skill, requiredLevel: $0.requirement.level, studentLevel: $0.studentLevel,
                    weight: $0.weightedGap)
            }
        strengths = parts.filter { $0.gap == 0 && $0.studentLevel > 0 }
            .sorted { a, b in a.weight != b.weight ? a.weight > b.weight : a.skill < b.skill }
            .map(\.skill)
    }

    /// One requirement next to the student's level.
    private struct Part {
        let requirement: SkillRequirement
        let studentLevel: Double
        var skill: String { requirement.skill }
        /// Standardised importance, 0-100.
        var weight: Double { (requirement.importance - 1) / 4 * 100 }
        var gap: Double { max(0, requirement.level - studentLevel) }
        var weightedGap: Double { weight * gap }
    }
}

/// One skill a student needs to build for a career.
public struct SkillGap: Sendable, Equatable {
    /// The skill's key.
    public var skill: String
    /// The level (0-7) the career needs.
    public var requiredLevel: Double
    /// The student's level (0-7) from their self-rating; 0 when unrated.
    public var studentLevel: Double
    /// `IMstd · gap`: how much closing this gap would raise readiness; ranks the gaps.
    public var weight: Double
}

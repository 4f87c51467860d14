import CareerModel

/// What an ``Assessor`` works out once per catalog so that ranking is arithmetic only: each
/// occupation's interest side, its requirements as positions in the vocabulary with their
/// standardised importance, its technical share, Job Zone and the order of the titles.
///
/// Kept as parallel arrays indexed by the career's position in the catalog.
struct CatalogIndex: Sendable {
    /// Position of each skill key in the vocabulary.
    let positions: [String: Int]
    let occupations: [InterestMatch.Occupation]
    /// The occupations' interest sides as flat numbers, for ranking.
    let interests: InterestTable
    /// Vocabulary position (or -1 for a key outside it), IMstd and required level, per requirement.
    let requirements: [[Requirement]]
    /// Σ IMstd per career.
    let totalWeights: [Double]
    let technicalShares: [Double?]
    let jobZones: [Int]
    /// Each career's place when the titles are sorted, for ties in fit.
    let titleRanks: [Int]

    /// One requirement, ready for arithmetic.
    struct Requirement: Sendable {
        let position: Int
        let weight: Double
        let level: Double
    }

    init(_ catalog: Catalog) {
        var positions: [String: Int] = [:]
        for (index, skill) in catalog.skills.enumerated() where positions[skill.key] == nil {
            positions[skill.key] = index
        }
        self.positions = positions
        let technical = Set(catalog.skills.filter(\.technical).map(\.key))
        let careers = catalog.careers
        var titleRanks = Array(repeating: 0, count: careers.count)
        let byTitle = careers.indices.sorted { a, b in
            careers[a].title != careers[b].title ? careers[a].title < careers[b].title : a < b
        }
        for (rank, index) in byTitle.enumerated() { titleRanks[index] = rank }
        self.titleRanks = titleRanks
        occupations = careers.map { InterestMatch.Occupation(interests: $0.interests, highPoints: $0.highPoints) }
        interests = InterestTable(occupations)
        requirements = careers.map { career in
            career.skills.map {
                Requirement(
                    position: positions[$0.skill] ?? -1, weight: SkillReadiness.weight(importance: $0.importance),
                    level: $0.level)
            }
        }
        totalWeights = requirements.map { $0.reduce(0) { $0 + $1.weight } }
        technicalShares = careers.map { TechnicalBalance.share(of: $0.skills, technical: technical) }
        jobZones = careers.map(\.jobZone)
    }

    /// The student's O*NET level (0-7) for each skill of the vocabulary.
    func levels(_ ratings: [String: Int]) -> [Double] {
        var levels = Array(repeating: 0.0, count: positions.count)
        for (key, rating) in ratings {
            if let position = positions[key] { levels[position] = SkillReadiness.level(forRating: rating) }
        }
        return levels
    }

    /// Readiness 0-100 of the career at `position` for a student with `levels`; `nil` when it has
    /// no weighted requirement. A requirement on a key outside the vocabulary counts as unrated.
    func readiness(_ position: Int, levels: [Double]) -> Double? {
        let total = totalWeights[position]
        guard total > 0 else { return nil }
        var weightedGap = 0.0
        for requirement in requirements[position] {
            let level = requirement.position >= 0 ? levels[requirement.position] : 0
            weightedGap += requirement.weight * max(0, requirement.level - level)
        }
        return 100 * (1 - weightedGap / total / 7)
    }
}

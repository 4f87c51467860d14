import CareerModel

/// Assesses student profiles against a catalog. Pure and deterministic: the same profile and
/// catalog always give the same result, retakes included.
///
/// The catalog is prepared once when the assessor is made (or given a new catalog), so each
/// assessment costs a few arithmetic operations per career and retake; gaps, strengths and the
/// parts of r and C are worked out only when they are read.
public struct Assessor: Sendable {
    /// The careers and skill vocabulary.
    public var catalog: Catalog {
        didSet { index = CatalogIndex(catalog) }
    }
    /// The combined-fit weights.
    public var weights: FitWeights
    private var index: CatalogIndex

    /// How many careers count as the student's best: the report shows five.
    public static let topCount = 5

    /// Creates an assessor over `catalog` with the published weights.
    public init(catalog: Catalog, weights: FitWeights = .published) {
        self.catalog = catalog
        self.weights = weights
        index = CatalogIndex(catalog)
    }

    /// Ranks every career of the catalog for `profile`: by band (from the interest match), then
    /// by combined fit within the band, then by title. Each career also gets the share of
    /// simulated retakes (``RetakeSimulation``) in which it stays among the best five.
    public func assess(_ profile: StudentProfile) -> StudentAssessment {
        let shape = InterestShape(profile.interests)
        let student = InterestMatch.Student(profile.interests, shape: shape)
        let levels = index.levels(profile.skills)
        let others = index.occupations.indices.map { position in
            OtherParts(
                skills: profile.skills.isEmpty ? nil : index.readiness(position, levels: levels),
                education: profile.plans.map { EducationFit(careerZone: index.jobZones[position], plan: $0).score })
        }
        let table = InterestTable.Student(student)
        var ranking = index.occupations.indices.map {
            key(
                $0, titleRank: index.titleRanks[$0], table: index.interests, student: table, shape: shape,
                others: others[$0])
        }
        ranking.sort(by: Key.ahead)
        let simulation = shape == .flat ? nil : RetakeSimulation(profile.interests)
        let shares = simulation.map { topFiveShares($0, others: others) }
        return StudentAssessment(
            profile: profile, interestShape: shape,
            careers: ranking.map {
                fit($0.position, student: student, shape: shape, levels: levels, profile: profile)
                    .with(topFiveShare: shares?[$0.position])
            },
            technicalShare: TechnicalBalance.share(of: profile.skills, in: catalog), weights: weights,
            retakes: simulation)
    }

    /// What a career's place depends on besides interests: its skill readiness and education score.
    private struct OtherParts {
        let skills: Double?
        let education: Double?
    }

    /// What careers are ranked by, with no allocation per career.
    private struct Key {
        let band: FitBand
        let fit: Double
        let titleRank: Int
        let position: Int

        /// Whether `a` ranks before `b`: better band, then higher fit, then title.
        static func ahead(_ a: Key, _ b: Key) -> Bool {
            if a.band != b.band { return a.band > b.band }
            if a.fit != b.fit { return a.fit > b.fit }
            return a.titleRank < b.titleRank
        }
    }

    private func key(
        _ position: Int, titleRank: Int, table: InterestTable, student: InterestTable.Student, shape: InterestShape,
        others: OtherParts
    ) -> Key {
        let interest = shape == .flat ? (score: nil, band: nil) : table.measure(position, student: student)
        let fit =
            weights.contributions(interests: interest.score, skills: others.skills, education: others.education)?
            .total ?? 0
        return Key(
            band: interest.band ?? FitBand(fitWithoutInterests: fit), fit: fit, titleRank: titleRank,
            position: position)
    }

    /// For each career, the share of the simulated retakes in which it ranks among the best
    /// ``topCount``.
    private func topFiveShares(_ simulation: RetakeSimulation, others: [OtherParts]) -> [Double] {
        let table = index.interests
        let titleRanks = index.titleRanks
        var counts = Array(repeating: 0, count: index.occupations.count)
        var best: [Key] = []
        best.reserveCapacity(Self.topCount + 1)
        for scores in simulation.retakes() {
            let interests = StudentInterests.scores(scores, scale: simulation.scale)
            let shape = InterestShape(interests)
            let student = InterestTable.Student(InterestMatch.Student(interests, shape: shape))
            best.removeAll(keepingCapacity: true)
            for position in index.occupations.indices {
                // A career whose r puts it in a lower band than the fifth best can't enter: skip the rest.
                if best.count == Self.topCount, shape != .flat, let floor = best[best.count - 1].band.correlationFloor,
                    table.isCertainlyBelow(floor, position: position, student: student)
                {
                    continue
                }
                let candidate = key(
                    position, titleRank: titleRanks[position], table: table, student: student, shape: shape,
                    others: others[position])
                guard best.count < Self.topCount || Key.ahead(candidate, best[best.count - 1]) else { continue }
                let place = best.firstIndex { Key.ahead(candidate, $0) } ?? best.count
                best.insert(candidate, at: place)
                if best.count > Self.topCount { best.removeLast() }
            }
            for key in best { counts[key.position] += 1 }
        }
        return counts.map { Double($0) / Double(RetakeSimulation.count) }
    }

    /// The career at `position` assessed for the student, with every part kept.
    private func fit(
        _ position: Int, student: InterestMatch.Student, shape: InterestShape, levels: [Double],
        profile: StudentProfile
    ) -> CareerFit {
        let career = catalog.careers[position]
        let interest = InterestMatch(student: student, occupation: index.occupations[position])
        let skills =
            profile.skills.isEmpty
            ? nil
            : index.readiness(position, levels: levels).map {
                SkillReadiness(
                    readiness: $0, ratings: profile.skills, requirements: career.skills, training: career.training)
            }
        let education = profile.plans.map { EducationFit(careerZone: career.jobZone, plan: $0) }
        let contributions = weights.contributions(
            interests: shape == .flat ? nil : interest.score, skills: skills?.readiness, education: education?.score)
        let fit = contributions?.total ?? 0
        let band = (shape == .flat ? nil : interest.band) ?? FitBand(fitWithoutInterests: fit)
        return CareerFit(
            career: career, fit: fit, band: band, interest: interest, skills: skills,
            education: education, technicalShare: index.technicalShares[position],
            contributions: contributions ?? FitContributions(), topFiveShare: nil)
    }
}

import CareerModel

/// Assesses student profiles against a catalog. Pure and deterministic: the same profile and
/// catalog always give the same result.
///
/// The catalog is prepared once when the assessor is made (or given a new catalog), so each
/// assessment costs a few arithmetic operations per career; gaps, strengths and the parts of r
/// and C are worked out only when they are read.
public struct Assessor: Sendable {
    /// The careers and skill vocabulary.
    public var catalog: Catalog {
        didSet { index = CatalogIndex(catalog) }
    }
    /// The combined-fit weights.
    public var weights: FitWeights
    private var index: CatalogIndex

    /// Creates an assessor over `catalog` with the published weights.
    public init(catalog: Catalog, weights: FitWeights = .published) {
        self.catalog = catalog
        self.weights = weights
        index = CatalogIndex(catalog)
    }

    /// Ranks every career of the catalog for `profile`: best fit first, equal fits by title.
    public func assess(_ profile: StudentProfile) -> StudentAssessment {
        let shape = InterestShape(profile.interests)
        let student = InterestMatch.Student(profile.interests, shape: shape)
        let levels = index.levels(profile.skills)
        let rated = !profile.skills.isEmpty
        // Rank on the fit alone, with no allocation per career; then build each result once, in order.
        var ranking: [(fit: Double, rank: Int, position: Int)] = []
        ranking.reserveCapacity(index.occupations.count)
        for position in index.occupations.indices {
            let interest =
                shape == .flat ? nil : InterestMatch.score(student: student, occupation: index.occupations[position])
            let readiness = rated ? index.readiness(position, levels: levels) : nil
            let education = profile.plans.map { EducationFit(careerZone: index.jobZones[position], plan: $0).score }
            let fit = weights.contributions(interests: interest, skills: readiness, education: education)?.total ?? 0
            ranking.append((fit, index.titleRanks[position], position))
        }
        ranking.sort { a, b in a.fit != b.fit ? a.fit > b.fit : a.rank < b.rank }
        return StudentAssessment(
            profile: profile, interestShape: shape,
            careers: ranking.map { fit($0.position, student: student, shape: shape, levels: levels, profile: profile) },
            technicalShare: TechnicalBalance.share(of: profile.skills, in: catalog), weights: weights)
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
        return CareerFit(
            career: career, fit: fit, band: FitBand(fit: fit), interest: interest, skills: skills,
            education: education, technicalShare: index.technicalShares[position],
            contributions: contributions ?? FitContributions())
    }
}

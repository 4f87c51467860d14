import CareerModel

/// Assesses student profiles against a catalog. Pure and deterministic: the same profile and
/// catalog always give the same result.
public struct Assessor: Sendable {
    /// The careers and skill vocabulary.
    public var catalog: Catalog
    /// The combined-fit weights.
    public var weights: FitWeights

    /// Creates an assessor over `catalog` with the published weights.
    public init(catalog: Catalog, weights: FitWeights = .published) {
        self.catalog = catalog
        self.weights = weights
    }

    /// Ranks every career of the catalog for `profile`.
    public func assess(_ profile: StudentProfile) -> StudentAssessment {
        let shape = InterestShape(profile.interests)
        let fits = catalog.careers.map { career in
            let interest = InterestMatch(student: profile.interests, shape: shape, career: career.interests)
            let skills =
                profile.skills.isEmpty ? nil : SkillReadiness(ratings: profile.skills, requirements: career.skills)
            let education = profile.plans.map { EducationFit(careerZone: career.jobZone, plan: $0) }
            let fit =
                weights.combine(
                    interests: shape == .flat ? nil : interest.fit, skills: skills?.readiness,
                    education: education?.score) ?? 0
            return CareerFit(
                career: career, fit: fit, band: FitBand(fit: fit), interest: interest, skills: skills,
                education: education, technicalShare: TechnicalBalance.share(of: career, in: catalog))
        }
        return StudentAssessment(
            profile: profile, interestShape: shape,
            careers: fits.sorted { ($0.fit, $1.career.title) > ($1.fit, $0.career.title) },
            technicalShare: TechnicalBalance.share(of: profile.skills, in: catalog), weights: weights)
    }
}

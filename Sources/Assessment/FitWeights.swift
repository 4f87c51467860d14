/// The published weights of the combined fit: 50% interests, 30% skills, 20% education.
///
/// A part that cannot be measured for a student (no skills rated, no plans, a flat interest
/// profile) is left out and the remaining weights are scaled up to sum to 1.
public struct FitWeights: Sendable, Equatable {
    /// Weight of interest fit.
    public var interests = 0.5
    /// Weight of skill readiness.
    public var skills = 0.3
    /// Weight of education fit.
    public var education = 0.2

    /// The published weights.
    public static let published = FitWeights()

    /// The weighted mean of the parts that are present; `nil` when none is.
    public func combine(interests i: Double?, skills s: Double?, education e: Double?) -> Double? {
        contributions(interests: i, skills: s, education: e)?.total
    }

    /// What each present part adds to the combined fit, `weight / Σ weights present · part`;
    /// `nil` when no part is present.
    public func contributions(interests i: Double?, skills s: Double?, education e: Double?) -> FitContributions? {
        let total = (i == nil ? 0 : interests) + (s == nil ? 0 : skills) + (e == nil ? 0 : education)
        guard total > 0 else { return nil }
        return FitContributions(
            interests: i.map { $0 * interests / total }, skills: s.map { $0 * skills / total },
            education: e.map { $0 * education / total })
    }
}

/// The points each part adds to a combined fit; they sum to the fit. `nil` for a part left out.
public struct FitContributions: Sendable, Equatable {
    /// Points from interests.
    public var interests: Double?
    /// Points from skill readiness.
    public var skills: Double?
    /// Points from education.
    public var education: Double?

    /// The combined fit 0-100: the sum of the parts present.
    public var total: Double { (interests ?? 0) + (skills ?? 0) + (education ?? 0) }
}

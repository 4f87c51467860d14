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
        let parts = [(i, interests), (s, skills), (e, education)].compactMap { value, weight in
            value.map { ($0, weight) }
        }
        let total = parts.reduce(0) { $0 + $1.1 }
        guard total > 0 else { return nil }
        return parts.reduce(0) { $0 + $1.0 * $1.1 } / total
    }
}

import CareerModel

/// Everything the assessment found for one student: careers ranked by fit, and where the
/// student sits between marketing and IT.
public struct StudentAssessment: Sendable, Equatable {
    /// The profile that was assessed.
    public var profile: StudentProfile
    /// Whether the interest scores can rank careers (flat profiles cannot).
    public var interestShape: InterestShape
    /// Every career of the catalog, best fit first (ties by title).
    public var careers: [CareerFit]
    /// The student's technical share 0-100; `nil` when they rated no skills.
    public var technicalShare: Double?
    /// The weights used for the combined fit.
    public var weights: FitWeights
    /// The simulated retakes behind each career's ``CareerFit/topFiveShare``; `nil` for a
    /// Holland-code-only or flat profile.
    public var retakes: RetakeSimulation?
}

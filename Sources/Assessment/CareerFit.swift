import CareerModel

/// One career assessed for one student, with every part of the fit kept so the report can say why.
public struct CareerFit: Sendable, Equatable {
    /// The career.
    public var career: Career
    /// Combined fit 0-100 (see ``FitWeights``): orders careers within a band.
    public var fit: Double
    /// The fit in words, from the interest match (see ``FitBand``).
    public var band: FitBand
    /// The interest part.
    public var interest: InterestMatch
    /// The skill part; `nil` when the student rated no skills or the career lists none.
    public var skills: SkillReadiness?
    /// The education part; `nil` when the student gave no plans.
    public var education: EducationFit?
    /// The career's technical share 0-100 (0 marketing, 100 IT); `nil` when it lists no skills.
    public var technicalShare: Double?
    /// The points interests, skills and education add to ``fit``; a part left out is `nil`.
    public var contributions: FitContributions
    /// The share 0-1 of simulated retakes in which this career stays among the student's best five
    /// (see ``RetakeSimulation``); `nil` when there are no scores to retake (a Holland-code-only or
    /// flat profile).
    public var topFiveShare: Double?

    /// This fit with `share` as its ``topFiveShare``.
    func with(topFiveShare share: Double?) -> CareerFit {
        var fit = self
        fit.topFiveShare = share
        return fit
    }
}

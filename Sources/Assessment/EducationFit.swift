import CareerModel

/// How a career's preparation (O*NET Job Zone) compares with the education a student plans.
public enum EducationFit: String, Sendable, Equatable {
    /// The plan reaches the Job Zone or beyond: 100.
    case meets
    /// One zone short: reachable with extra training, 60.
    case oneStepShort = "one_step_short"
    /// Two or more zones short: 20.
    case belowPlan = "below_plan"

    /// Compares a career's Job Zone with the zone a plan prepares for.
    public init(careerZone: Int, plan: EducationPlan) {
        switch careerZone - plan.jobZone {
        case ...0: self = .meets
        case 1: self = .oneStepShort
        default: self = .belowPlan
        }
    }

    /// The score 0-100 that enters the combined fit.
    public var score: Double {
        switch self {
        case .meets: 100
        case .oneStepShort: 60
        case .belowPlan: 20
        }
    }
}

/// How well a career fits, in words. The band comes from the interest match alone, on O*NET's
/// cut-offs for the profile-shape correlation r; skills and education order careers within a
/// band and never lift one into a higher band (docs/assessment.md, "Bands").
public enum FitBand: String, Sendable, Equatable, CaseIterable, Comparable {
    /// r ≥ .729, O*NET's "Best" fit.
    case strong
    /// r ≥ .608, O*NET's "Good" fit.
    case good
    /// r ≥ .426, O*NET's "Okay" fit.
    case fair
    /// Below that: worth exploring only if something else draws the student.
    case exploratory

    /// O*NET's cut-offs on r, highest first: strong, good, fair.
    public static let correlationCutOffs = (strong: 0.729, good: 0.608, fair: 0.426)

    /// The band of an interest match with profile-shape correlation `r`.
    public init(r: Double) {
        let cut = Self.correlationCutOffs
        self = r >= cut.strong ? .strong : r >= cut.good ? .good : r >= cut.fair ? .fair : .exploratory
    }

    /// The band of a match known only by the C index of two Holland codes (a student who gave
    /// only letters): good from 5/6 of `maximum` (15 of 18), fair from 2/3 (12 of 18), never strong,
    /// because letters alone do not show a profile's shape.
    public init(congruence index: Int, maximum: Int) {
        self = index * 6 >= maximum * 5 ? .good : index * 3 >= maximum * 2 ? .fair : .exploratory
    }

    /// The band of a combined fit 0-100 when there is no interest match to anchor it (a flat
    /// profile): fair from 45, else exploratory. Never good or better without an interest match.
    public init(fitWithoutInterests fit: Double) {
        self = fit >= 45 ? .fair : .exploratory
    }

    /// The lowest r of this band; `nil` for exploratory, which has none.
    public var correlationFloor: Double? {
        switch self {
        case .strong: Self.correlationCutOffs.strong
        case .good: Self.correlationCutOffs.good
        case .fair: Self.correlationCutOffs.fair
        case .exploratory: nil
        }
    }

    /// Better bands compare greater: exploratory < fair < good < strong.
    public static func < (a: FitBand, b: FitBand) -> Bool { a.level < b.level }

    private var level: Int {
        switch self {
        case .strong: 3
        case .good: 2
        case .fair: 1
        case .exploratory: 0
        }
    }
}

/// The scale a student's interest scores were reported on.
public enum InterestScale: String, Sendable, Codable, CaseIterable {
    /// O*NET Interest Profiler short form (60 items): each area 0-40.
    case ip60
    /// O*NET Interest Profiler mini form (30 items): each area 0-20.
    case ip30
    /// O*NET occupational interest ratings: each area 1-7.
    case onet

    /// The lowest and highest score an area can have.
    public var range: ClosedRange<Double> {
        switch self {
        case .ip60: 0...40
        case .ip30: 0...20
        case .onet: 1...7
        }
    }

    /// A score as 0-100 of the scale's range: `(score - low) / (high - low) * 100`.
    public func standardized(_ score: Double) -> Double {
        (score - range.lowerBound) / (range.upperBound - range.lowerBound) * 100
    }
}

import CareerModel

/// Which O*NET Interest Profiler a questionnaire asks: the 60-item Short Form or the 30-item Mini-IP.
///
/// The raw value is what `--form` takes on the command line.
public enum InterestForm: String, CaseIterable, Sendable {
    /// The O*NET Interest Profiler Short Form: 60 items, 10 per area, each area 0-40.
    case short
    /// The O*NET Mini Interest Profiler (Mini-IP): 30 items, 5 per area, each area 0-20.
    case mini

    /// The scale the form's area scores are reported on (`ip60` or `ip30`).
    public var interestScale: InterestScale {
        switch self {
        case .short: .ip60
        case .mini: .ip30
        }
    }

    /// How many items the form asks per RIASEC area.
    public var itemsPerArea: Int {
        switch self {
        case .short: 10
        case .mini: 5
        }
    }
}

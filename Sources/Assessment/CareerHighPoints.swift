import CareerModel

/// The letters of an occupation's Holland code that are real high points, which the C index compares.
///
/// O*NET publishes up to three high points (Scale IH) and writes 0 where there is none; the catalog
/// keeps them as `Career.highPoints`. Without them, high points are read from the OI profile: the
/// ranked areas are taken while each is strictly above the next one, so a tie never decides a
/// letter (a tie between the two highest areas leaves none), and a flat profile, all six ratings
/// within 0.3 (5 points of 100 on the 1-7 scale), has none. With no high point the Holland code
/// would be arbitrary, so the C index is left out and the interest fit rests on r alone.
public struct CareerHighPoints: Sendable, Equatable {
    /// The high points, first to third; may be empty.
    public var letters: [RIASEC]
    /// Where they come from.
    public var source: Source

    /// Where an occupation's high points come from.
    public enum Source: String, Sendable, Equatable {
        /// O*NET's Scale IH high-point codes, as the catalog carries them.
        case onet
        /// Read from the OI profile by the rule above.
        case profile
    }

    /// The smallest spread of OI ratings (max - min) that still has a high point: 5 points of 100.
    public static let flatSpread = 0.3

    /// The high points of an occupation: O*NET's when given, else those its OI profile supports.
    public init(interests: InterestScores, onet: [RIASEC]?) {
        if let onet {
            letters = Array(onet.prefix(3))
            source = .onet
            return
        }
        source = .profile
        let values = interests.values
        guard let high = values.max(), let low = values.min(), high - low >= Self.flatSpread else {
            letters = []
            return
        }
        let ranked = interests.ranked
        letters = Array(
            ranked.indices.prefix(3).prefix { interests[ranked[$0]] > interests[ranked[$0 + 1]] }.map { ranked[$0] })
    }
}

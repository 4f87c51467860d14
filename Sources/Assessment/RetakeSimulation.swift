import CareerModel

/// Simulated retakes of a student's Interest Profiler: the six scores as a second sitting might
/// give them, from the published test-retest reliability. ``Assessor`` ranks the careers once per
/// retake and counts how often each stays in the best five.
///
/// - Measurement error of one sitting, per area: `SEM = SD · √(1 - r)`, with r the test-retest
///   reliability and SD the spread of the area's scores.
/// - A retake differs from the sitting we have by two such errors (the first sitting's and its
///   own), so each retake adds a normal error with variance `2 · SEM²` to each score and keeps it
///   within the scale.
/// - The seed comes from the scores themselves (``seed(for:scale:)``), never from a clock: the same
///   student gets the same retakes on every run and platform.
///
/// The figures and where they come from are in docs/assessment.md ("How sure: retakes").
public struct RetakeSimulation: Sendable, Equatable {
    /// How many retakes are simulated per student.
    public static let count = 200
    /// Test-retest reliability used for every area: the low end of the .78-.86 reported for the
    /// Interest Profiler short form, so the error is not understated.
    public static let reliability = 0.78
    /// The assumed spread (SD) of an area's scores, as a share of the scale's range (9 of 40 on
    /// the short form). Not confirmed from the published norms; see docs/assessment.md.
    public static let spreadShare = 0.225

    /// The seed of this student's retakes.
    public let seed: UInt64
    /// The scale of the scores.
    public let scale: InterestScale
    /// The standard deviation of a retake's error per area, on the student's scale: `√2 · SEM`.
    public let errorSD: Double
    private let scores: InterestScores

    /// The simulation for a student's scores; `nil` for a Holland-code-only profile (no scores
    /// to retake).
    public init?(_ interests: StudentInterests) {
        guard case .scores(let scores, let scale) = interests else { return nil }
        self.scores = scores
        self.scale = scale
        seed = Self.seed(for: scores, scale: scale)
        errorSD = Self.errorSD(on: scale)
    }

    /// `√2 · SD · √(1 - r)` on `scale`, with `SD = spreadShare · (high - low)`.
    public static func errorSD(on scale: InterestScale) -> Double {
        let spread = spreadShare * (scale.range.upperBound - scale.range.lowerBound)
        return (2 * (1 - reliability)).squareRoot() * spread
    }

    /// The seed for a student's retakes: SplitMix64's mixing step folded over the scale and the
    /// six scores' IEEE bit patterns, in hexagon order.
    public static func seed(for scores: InterestScores, scale: InterestScale) -> UInt64 {
        var seed = SplitMix64.mix(UInt64(InterestScale.allCases.firstIndex(of: scale) ?? 0))
        for value in scores.values { seed = SplitMix64.mix(seed ^ value.bitPattern) }
        return seed
    }

    /// The ``count`` retakes, in order: each score plus `errorSD` times a normal number, kept
    /// within the scale.
    public func retakes() -> [InterestScores] {
        var generator = SplitMix64(seed: seed)
        let range = scale.range
        return (0..<Self.count).map { _ in
            var retake = scores
            for area in RIASEC.allCases {
                let value = scores[area] + errorSD * generator.nextNormal()
                retake[area] = min(max(value, range.lowerBound), range.upperBound)
            }
            return retake
        }
    }
}

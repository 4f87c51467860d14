import CareerModel

/// A student's Interest Profiler answers turned into six area scores, as O*NET scores the
/// profiler: each answer 0 (Strongly Dislike) to 4 (Strongly Like), summed per RIASEC area
/// (0-40 on the Short Form, `ip60`; 0-20 on the Mini-IP, `ip30`).
///
/// One missing answer in an area is filled in from the area's other answers (prorated: their
/// sum times items / answered, rounded half up) and noted; two or more missing in any area make
/// the student incomplete, with no scores and no career matching (docs/questionnaire.md, "Scoring").
public struct InterestScoring: Sendable, Equatable {
    /// The form answered.
    public var instrument: Instrument
    /// The 0-4 answer to each item in the form's order, `nil` where missing.
    public var answers: [Int?]
    /// The six scores on ``Instrument/interestScale``, or `nil` when the student is incomplete.
    public var scores: InterestScores?
    /// Areas with exactly one missing answer, filled in by proration.
    public var prorated: [RIASEC]
    /// Why the answers can't be scored (too many missing), or `nil`.
    public var incompleteReason: String?

    /// Most answers an area may miss and still be scored.
    public static let missingAllowedPerArea = 1

    /// Scores `answers` (0-4 by item id) on `instrument`.
    public init(answers byID: [String: Int], instrument: Instrument) {
        self.instrument = instrument
        answers = instrument.items.map { byID[$0.id] }
        var sums: [RIASEC: Double] = [:]
        var short: [(RIASEC, Int)] = []
        prorated = []
        for area in RIASEC.allCases {
            let items = instrument.items(in: area)
            let given = items.compactMap { byID[$0.id] }
            let missing = items.count - given.count
            let sum = Double(given.reduce(0, +))
            if missing > Self.missingAllowedPerArea {
                short.append((area, missing))
            } else if missing > 0 {
                prorated.append(area)
                sums[area] = (sum * Double(items.count) / Double(given.count)).rounded(.toNearestOrAwayFromZero)
            } else {
                sums[area] = sum
            }
        }
        if short.isEmpty {
            scores = InterestScores(sums)
            incompleteReason = nil
        } else {
            scores = nil
            let areas = short.map { "\($0.1) in \($0.0.name)" }.joined(separator: ", ")
            incompleteReason =
                "incomplete: \(answers.count { $0 == nil }) of \(instrument.items.count) answers missing (\(areas)); an area may miss at most \(Self.missingAllowedPerArea), so no scores and no career matching. Ask the student to finish the form"
        }
    }

    /// The number of items answered.
    public var answered: Int { answers.count { $0 != nil } }

    /// The number of items on the form.
    public var items: Int { answers.count }
}

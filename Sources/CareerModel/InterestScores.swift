/// Six RIASEC scores on one scale, for a student or an occupation.
public struct InterestScores: Sendable, Equatable, Codable {
    /// Scores in hexagon order R, I, A, S, E, C.
    public private(set) var values: [Double]

    /// Creates scores from a value per area; missing areas count as 0.
    public init(_ scores: [RIASEC: Double]) {
        values = RIASEC.allCases.map { scores[$0] ?? 0 }
    }

    /// The score of one area.
    public subscript(area: RIASEC) -> Double {
        get { values[area.hexagonIndex] }
        set { values[area.hexagonIndex] = newValue }
    }

    /// The areas from highest to lowest score; ties keep hexagon order (R before I ...),
    /// so the result is deterministic.
    public var ranked: [RIASEC] {
        RIASEC.allCases.sorted { a, b in
            self[a] != self[b] ? self[a] > self[b] : a.hexagonIndex < b.hexagonIndex
        }
    }

    /// The three highest areas (the Holland code), ties broken in hexagon order.
    public var hollandCode: [RIASEC] { Array(ranked.prefix(3)) }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode([String: Double].self)
        var scores: [RIASEC: Double] = [:]
        for (key, value) in raw {
            guard let area = RIASEC(rawValue: key.uppercased()) else {
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: decoder.codingPath,
                        debugDescription: "'\(key)' is not a RIASEC area; use R, I, A, S, E or C"))
            }
            scores[area] = value
        }
        self.init(scores)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: RIASEC.allCases.map { ($0.rawValue, self[$0]) }))
    }
}

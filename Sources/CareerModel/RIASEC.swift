/// The six Holland interest areas, in hexagon order R-I-A-S-E-C.
///
/// Adjacent areas on the hexagon are alike (Investigative and Artistic); opposite ones
/// (Realistic and Social) are least alike. ``hexagonDistance(to:)`` measures that.
public enum RIASEC: String, Sendable, Codable, CaseIterable, Comparable {
    /// Hands-on work with tools, machines, plants or animals.
    case realistic = "R"
    /// Ideas, research, analysis.
    case investigative = "I"
    /// Creating, designing, self-expression.
    case artistic = "A"
    /// Helping, teaching, caring for people.
    case social = "S"
    /// Persuading, leading, selling.
    case enterprising = "E"
    /// Order, data, procedures.
    case conventional = "C"

    /// The area's name in English, for example "Investigative".
    public var name: String {
        switch self {
        case .realistic: "Realistic"
        case .investigative: "Investigative"
        case .artistic: "Artistic"
        case .social: "Social"
        case .enterprising: "Enterprising"
        case .conventional: "Conventional"
        }
    }

    /// Position on the hexagon, 0 (R) to 5 (C).
    public var hexagonIndex: Int {
        switch self {
        case .realistic: 0
        case .investigative: 1
        case .artistic: 2
        case .social: 3
        case .enterprising: 4
        case .conventional: 5
        }
    }

    /// Steps between two areas around the hexagon: 0 same, 1 adjacent, 2 alternate, 3 opposite.
    public func hexagonDistance(to other: RIASEC) -> Int {
        let d = abs(hexagonIndex - other.hexagonIndex)
        return min(d, 6 - d)
    }

    public static func < (lhs: RIASEC, rhs: RIASEC) -> Bool { lhs.hexagonIndex < rhs.hexagonIndex }

    /// Parses a Holland code of 1 to 3 distinct letters ("AES", "ie"); `nil` if it is not one.
    public static func hollandCode(_ text: String) -> [RIASEC]? {
        let letters = text.uppercased().map { RIASEC(rawValue: String($0)) }
        guard (1...3).contains(letters.count), letters.allSatisfy({ $0 != nil }) else { return nil }
        let code = letters.compactMap { $0 }
        return Set(code).count == code.count ? code : nil
    }
}

extension Array where Element == RIASEC {
    /// The letters joined, for example "AES".
    public var code: String { map(\.rawValue).joined() }
}

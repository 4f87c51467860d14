import CareerModel

/// How well a student's interests match an occupation's, by two complementary measures.
///
/// - `r`: Pearson correlation of the six scores (profile shape, scale-free), -1...1;
///   `nil` when undefined (a flat profile, or only a Holland code).
/// - `c`: Brown & Gore C index of the two Holland codes, 0...18 (18 = same letters, same order).
public struct InterestMatch: Sendable, Equatable {
    /// Profile-shape correlation, or `nil` when it is undefined.
    public var r: Double?
    /// Holland congruence, 0...18.
    public var c: Int
    /// The occupation's Holland code (its three highest OI areas).
    public var careerCode: [RIASEC]
    /// Letters the student's and the occupation's codes share, in the student's order.
    public var sharedAreas: [RIASEC]
    /// Interest fit 0-100: the mean of `(r + 1) / 2 * 100` and `c / 18 * 100`, or the C part
    /// alone when `r` is undefined.
    public var fit: Double

    /// Compares a student's interests with an occupation's OI profile.
    /// `shape` says whether the student's scores can rank careers (see ``InterestShape``).
    public init(student: StudentInterests, shape: InterestShape, career: InterestScores) {
        let careerCode = career.hollandCode
        let studentCode = student.hollandCode
        self.careerCode = careerCode
        c = Self.congruence(studentCode, careerCode)
        sharedAreas = studentCode.filter { careerCode.contains($0) }
        if case .scores(let scores, _) = student, shape != .flat {
            r = Self.pearson(scores.values, career.values)
        } else {
            r = nil
        }
        let cPart = Double(c) / 18 * 100
        fit = r.map { (($0 + 1) / 2 * 100 + cPart) / 2 } ?? cPart
    }

    /// Pearson's r of two equally long series; `nil` when either has no variance.
    public static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        precondition(x.count == y.count && !x.isEmpty)
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - mx) * (b - my)
            sxx += (a - mx) * (a - mx)
            syy += (b - my) * (b - my)
        }
        guard sxx > 1e-12, syy > 1e-12 else { return nil }
        return sxy / (sxx * syy).squareRoot()
    }

    /// Brown & Gore C index: `3(3-d1) + 2(3-d2) + (3-d3)`, where `dk` is the hexagon distance
    /// between the k-th letters. Codes shorter than three letters score only their letters.
    public static func congruence(_ student: [RIASEC], _ career: [RIASEC]) -> Int {
        zip(zip(student, career), [3, 2, 1]).reduce(0) { total, pair in
            let ((s, o), weight) = pair
            return total + weight * (3 - s.hexagonDistance(to: o))
        }
    }
}

/// Whether a student's six scores have enough spread to rank careers by shape.
public enum InterestShape: String, Sendable, Equatable {
    /// Clear high and low areas.
    case differentiated
    /// High and low areas differ by less than 15 points of 100: matches are tentative.
    case nearlyFlat = "nearly_flat"
    /// All areas within 5 points of 100: the shape says nothing; interests are left out of fit.
    case flat
    /// Only a Holland code is known.
    case codeOnly = "code_only"

    /// Classifies a student's interests by the spread of their standardised scores.
    public init(_ interests: StudentInterests) {
        guard case .scores(let scores, let scale) = interests else {
            self = .codeOnly
            return
        }
        let standardized = scores.values.map(scale.standardized)
        let spread = (standardized.max() ?? 0) - (standardized.min() ?? 0)
        self = spread < 5 ? .flat : spread < 15 ? .nearlyFlat : .differentiated
    }
}

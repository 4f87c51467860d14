import CareerModel

/// How well a student's interests match an occupation's, by two complementary measures, with the
/// parts each is made of.
///
/// - `r`: Pearson correlation of the six scores (profile shape, scale-free), -1...1;
///   `nil` when undefined (a flat profile, or only a Holland code).
/// - `congruence`: Brown & Gore C index of the two Holland codes; `nil` when the occupation has no
///   high point to compare (see ``CareerHighPoints``).
public struct InterestMatch: Sendable, Equatable {
    /// Profile-shape correlation, or `nil` when it is undefined.
    public var r: Double?
    /// Holland congruence and its letter-by-letter points; `nil` when it can't be computed.
    public var congruence: Congruence?
    /// Interest fit 0-100, led by the shape: `100 · max(0, r) · (0.95 + 0.05 · C / Cmax)`, so r ≤ 0
    /// earns nothing and C moves a match by at most 5% of its shape points (0.95 without C).
    /// With only C (a Holland-code profile): `C / Cmax * 100`. `nil` when neither is defined.
    public var score: Double?
    /// The interest match in words: from r on O*NET's cut-offs, else from C (see ``FitBand``);
    /// `nil` when neither is defined.
    public var band: FitBand?
    /// The student's side, shared by every career of an assessment.
    let student: Student
    /// The occupation's side, shared by every assessment.
    let occupation: Occupation

    /// The occupation's Holland code: its three highest OI areas, ties in hexagon order.
    public var careerCode: [RIASEC] { occupation.code }

    /// The occupation's high points, which the C index compares, and where they come from.
    public var highPoints: CareerHighPoints { occupation.highPoints }

    /// Holland congruence 0...18 (0 when it can't be computed; see ``congruence``).
    public var c: Int { congruence?.index ?? 0 }

    /// Interest fit 0-100 (0 when no part is defined; see ``score``).
    public var fit: Double { score ?? 0 }

    /// The shape part on 0-100, `100 · max(0, r)`; `nil` without r.
    public var shapePart: Double? { r.map { 100 * max(0, $0) } }

    /// Letters the student's and the occupation's codes share, in the student's order.
    public var sharedAreas: [RIASEC] { student.code.filter { occupation.code.contains($0) } }

    /// What each area adds to `r`, in hexagon order; they sum to `r`. Empty when `r` is undefined.
    public var areaContributions: [AreaContribution] {
        guard r != nil, let scores = student.scores, let parts = Self.pearsonParts(scores, occupation.scores) else {
            return []
        }
        return RIASEC.allCases.map { area in
            let i = area.hexagonIndex
            return AreaContribution(
                area: area, student: scores[i], career: occupation.scores[i], contribution: parts[i])
        }
    }

    /// Compares a student's interests with an occupation's OI profile.
    ///
    /// `shape` says whether the student's scores can rank careers (see ``InterestShape``);
    /// `highPoints` are O*NET's IH codes for the occupation when the catalog has them.
    public init(
        student: StudentInterests, shape: InterestShape, career: InterestScores, highPoints: [RIASEC]? = nil
    ) {
        self.init(
            student: Student(student, shape: shape),
            occupation: Occupation(interests: career, highPoints: highPoints))
    }

    /// Compares the prepared sides; ``Assessor`` prepares each once per assessment or catalog.
    init(student: Student, occupation: Occupation) {
        self.student = student
        self.occupation = occupation
        congruence = Congruence(student: student.code, career: occupation.highPoints.letters)
        r = Self.correlation(student, occupation)
        let points = congruence.map { (index: $0.index, maximum: $0.maximum) }
        score = Self.score(r: r, congruence: points)
        band = Self.band(r: r, congruence: points)
    }

    /// Pearson's r of the two sides, from their deviations; `nil` when undefined.
    static func correlation(_ student: Student, _ occupation: Occupation) -> Double? {
        guard let deviations = student.deviations, occupation.squares > 1e-12 else { return nil }
        var sum = 0.0
        for i in 0..<6 { sum += deviations[i] * occupation.deviations[i] }
        return sum / (student.squares * occupation.squares).squareRoot()
    }

    /// Share of the shape points C can move: the fit runs from 95% (C = 0, or no C) to 100%
    /// (C = Cmax) of `100 · max(0, r)`.
    static let congruenceShare = 0.05

    /// The interest fit 0-100 of an r and a C index (see ``score``).
    static func score(r: Double?, congruence c: (index: Int, maximum: Int)?) -> Double? {
        let cShare = c.map { Double($0.index) / Double($0.maximum) }
        switch (r, cShare) {
        case (let r?, _): return 100 * max(0, r) * (1 - congruenceShare + congruenceShare * (cShare ?? 0))
        case (nil, let share?): return share * 100
        case (nil, nil): return nil
        }
    }

    /// The band of an r and a C index (see ``band``).
    static func band(r: Double?, congruence c: (index: Int, maximum: Int)?) -> FitBand? {
        if let r { return FitBand(r: r) }
        return c.map { FitBand(congruence: $0.index, maximum: $0.maximum) }
    }

    public static func == (a: InterestMatch, b: InterestMatch) -> Bool {
        a.r == b.r && a.congruence == b.congruence && a.score == b.score && a.band == b.band
            && a.careerCode == b.careerCode
            && a.highPoints == b.highPoints && a.sharedAreas == b.sharedAreas
    }

    /// The student's side of an interest match, worked out once per assessment.
    final class Student: Sendable {
        let code: [RIASEC]
        let scores: [Double]?
        /// Each score minus the mean; `nil` when r is not to be computed (flat, code only, no variance).
        let deviations: [Double]?
        let squares: Double

        init(_ interests: StudentInterests, shape: InterestShape) {
            code = interests.hollandCode
            if case .scores(let values, _) = interests, shape != .flat {
                let mean = values.values.reduce(0, +) / 6
                let deviations = values.values.map { $0 - mean }
                let squares = deviations.reduce(0) { $0 + $1 * $1 }
                scores = values.values
                self.deviations = squares > 1e-12 ? deviations : nil
                self.squares = squares
            } else {
                scores = nil
                deviations = nil
                squares = 0
            }
        }
    }

    /// An occupation's side of an interest match, worked out once per catalog.
    final class Occupation: Sendable {
        let scores: [Double]
        let code: [RIASEC]
        let highPoints: CareerHighPoints
        let deviations: [Double]
        let squares: Double

        init(interests: InterestScores, highPoints: [RIASEC]?) {
            scores = interests.values
            code = interests.hollandCode
            self.highPoints = CareerHighPoints(interests: interests, onet: highPoints)
            let mean = scores.reduce(0, +) / 6
            deviations = scores.map { $0 - mean }
            squares = deviations.reduce(0) { $0 + $1 * $1 }
        }
    }

    /// Pearson's r of two equally long series; `nil` when either has no variance.
    public static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        precondition(x.count == y.count && !x.isEmpty)
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        let dx = x.map { $0 - mx }, dy = y.map { $0 - my }
        let sxx = dx.reduce(0) { $0 + $1 * $1 }, syy = dy.reduce(0) { $0 + $1 * $1 }
        guard sxx > 1e-12, syy > 1e-12 else { return nil }
        return zip(dx, dy).reduce(0) { $0 + $1.0 * $1.1 } / (sxx * syy).squareRoot()
    }

    /// Each pair's share of Pearson's r, `(x - x̄)(y - ȳ) / √(Sxx·Syy)`; `nil` when either series has
    /// no variance.
    static func pearsonParts(_ x: [Double], _ y: [Double]) -> [Double]? {
        precondition(x.count == y.count && !x.isEmpty)
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        var sxx = 0.0, syy = 0.0
        for (a, b) in zip(x, y) {
            sxx += (a - mx) * (a - mx)
            syy += (b - my) * (b - my)
        }
        guard sxx > 1e-12, syy > 1e-12 else { return nil }
        let scale = (sxx * syy).squareRoot()
        return zip(x, y).map { a, b in (a - mx) * (b - my) / scale }
    }

    /// Brown & Gore C index: `3(3-d1) + 2(3-d2) + (3-d3)`, where `dk` is the hexagon distance
    /// between the k-th letters. Codes shorter than three letters score only their letters.
    public static func congruence(_ student: [RIASEC], _ career: [RIASEC]) -> Int {
        Congruence(student: student, career: career)?.index ?? 0
    }
}

/// One interest area's share of a profile-shape correlation.
public struct AreaContribution: Sendable, Equatable {
    /// The area.
    public var area: RIASEC
    /// The student's score on their scale.
    public var student: Double
    /// The occupation's OI rating, 1-7.
    public var career: Double
    /// `(x - x̄)(y - ȳ) / √(Sxx·Syy)`: positive when both are above (or both below) their means.
    public var contribution: Double
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

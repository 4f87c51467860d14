import CareerModel

/// Every occupation's interest side as flat numbers, so that ranking a catalog for a student, and
/// again for each simulated retake, is arithmetic only: no allocation and no reference counting
/// per career.
///
/// It computes exactly what ``InterestMatch`` computes (the same operations in the same order), so
/// the ranking and the match a report explains never disagree.
struct InterestTable: Sendable {
    /// Six deviations from the mean per occupation, in hexagon order.
    private let deviations: [Double]
    /// Σ deviation² per occupation.
    private let squares: [Double]
    /// Up to three high points per occupation as hexagon positions 0-5, -1 where there is none.
    private let highPoints: [Int]

    init(_ occupations: [InterestMatch.Occupation]) {
        deviations = occupations.flatMap(\.deviations)
        squares = occupations.map(\.squares)
        highPoints = occupations.flatMap { occupation in
            (0..<3).map {
                $0 < occupation.highPoints.letters.count ? occupation.highPoints.letters[$0].hexagonIndex : -1
            }
        }
    }

    /// The student's side as flat numbers, worked out once per assessment or retake.
    struct Student {
        /// Whether r can be computed (the deviations are defined).
        let hasShape: Bool
        /// The six deviations from the mean, zeros when there are none.
        let shape: (Double, Double, Double, Double, Double, Double)
        let squares: Double
        /// The student's code as hexagon positions, at most three.
        let code: [Int]

        init(_ student: InterestMatch.Student) {
            let d = student.deviations ?? Array(repeating: 0, count: 6)
            hasShape = student.deviations != nil
            shape = (d[0], d[1], d[2], d[3], d[4], d[5])
            squares = student.squares
            code = student.code.prefix(3).map(\.hexagonIndex)
        }
    }

    /// The interest fit and band of the occupation at `position` for `student`, as
    /// ``InterestMatch/score`` and ``InterestMatch/band`` give them.
    func measure(_ position: Int, student: Student) -> (score: Double?, band: FitBand?) {
        let r = correlation(position, student: student)
        var congruence: (index: Int, maximum: Int)?
        var count = 0
        while count < student.code.count && highPoints[position * 3 + count] >= 0 { count += 1 }
        if count > 0 {
            var index = 0
            for k in 0..<count {
                let d = abs(student.code[k] - highPoints[position * 3 + k])
                index += Congruence.weights[k] * (3 - min(d, 6 - d))
            }
            congruence = (index, Congruence.maxima[count - 1])
        }
        return (InterestMatch.score(r: r, congruence: congruence), InterestMatch.band(r: r, congruence: congruence))
    }

    /// Whether the occupation at `position` certainly has an r below `cutOff` (> 0) for the student:
    /// a quick test with no square root or division, which leaves cases within 1e-9 of the
    /// cut-off to the exact computation. `false` when r is undefined.
    @inline(__always)
    func isCertainlyBelow(_ cutOff: Double, position: Int, student: Student) -> Bool {
        guard student.hasShape, squares[position] > 1e-12 else { return false }
        let d = position * 6
        let s = student.shape
        let sum =
            s.0 * deviations[d] + s.1 * deviations[d + 1] + s.2 * deviations[d + 2] + s.3 * deviations[d + 3] + s.4
            * deviations[d + 4] + s.5 * deviations[d + 5]
        return sum < 0 || sum * sum < cutOff * cutOff * student.squares * squares[position] * (1 - 1e-9)
    }

    /// Pearson's r of the occupation at `position` and the student, as ``InterestMatch/r``
    /// gives it; `nil` when undefined.
    func correlation(_ position: Int, student: Student) -> Double? {
        guard student.hasShape, squares[position] > 1e-12 else { return nil }
        let d = position * 6
        let s = student.shape
        // The order of InterestMatch.correlation: a running sum from 0, area by area.
        var sum = 0.0
        sum += s.0 * deviations[d]
        sum += s.1 * deviations[d + 1]
        sum += s.2 * deviations[d + 2]
        sum += s.3 * deviations[d + 3]
        sum += s.4 * deviations[d + 4]
        sum += s.5 * deviations[d + 5]
        return sum / (student.squares * squares[position]).squareRoot()
    }
}

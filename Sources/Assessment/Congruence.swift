import CareerModel

/// The Brown & Gore C index of a student's and an occupation's Holland codes, letter by letter.
///
/// `C = 3(3-d1) + 2(3-d2) + (3-d3)`, `dk` the hexagon distance between the k-th letters. When
/// either code is shorter than three letters only the letters both have are compared, and
/// ``maximum`` is what those letters could reach (9, 15 or 18), so ``part`` stays on 0-100.
public struct Congruence: Sendable, Equatable {
    /// The C index.
    public var index: Int
    /// The highest index the compared letters could reach: 9 (one), 15 (two) or 18 (three).
    public var maximum: Int
    /// The student's code.
    let student: [RIASEC]
    /// The occupation's high points.
    let career: [RIASEC]

    /// The index on 0-100: `index / maximum * 100`.
    public var part: Double { Double(index) / Double(maximum) * 100 }

    /// Compares two codes; `nil` when either is empty.
    public init?(student: [RIASEC], career: [RIASEC]) {
        guard let points = Self.points(student: student, career: career) else { return nil }
        index = points.index
        maximum = points.maximum
        self.student = student
        self.career = career
    }

    /// The index and its maximum for two codes; `nil` when either is empty.
    static func points(student: [RIASEC], career: [RIASEC]) -> (index: Int, maximum: Int)? {
        let count = min(student.count, career.count, 3)
        guard count > 0 else { return nil }
        var index = 0
        for position in 0..<count {
            index += weights[position] * (3 - student[position].hexagonDistance(to: career[position]))
        }
        return (index, maxima[count - 1])
    }

    static let weights = [3, 2, 1]
    static let maxima = [9, 15, 18]

    /// Each compared position with its points; they sum to ``index``.
    public var letters: [LetterMatch] {
        zip(zip(student, career), Self.weights).enumerated().map { position, pair in
            LetterMatch(position: position + 1, student: pair.0.0, career: pair.0.1, weight: pair.1)
        }
    }
}

/// One position of the C index: the k-th letters of both codes and the points they give.
public struct LetterMatch: Sendable, Equatable {
    /// 1, 2 or 3.
    public var position: Int
    /// The student's k-th letter.
    public var student: RIASEC
    /// The occupation's k-th high point.
    public var career: RIASEC
    /// 3, 2 or 1.
    public var weight: Int

    /// Hexagon distance 0-3 between the two letters.
    public var distance: Int { student.hexagonDistance(to: career) }
    /// `weight · (3 - distance)`.
    public var points: Int { weight * (3 - distance) }
}

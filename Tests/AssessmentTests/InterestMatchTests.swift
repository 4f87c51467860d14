import CareerModel
import Testing

@testable import Assessment

@Suite("Interest match: Pearson r and the Brown & Gore C index")
struct InterestMatchTests {
    @Test("r is 1 for the same shape on another scale, -1 for the mirror, nil without variance")
    func pearson() {
        #expect(InterestMatch.pearson([1, 2, 3, 4, 5, 6], [2, 4, 6, 8, 10, 12])! == 1)
        #expect(abs(InterestMatch.pearson([1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1])! + 1) < 1e-12)
        #expect(InterestMatch.pearson([3, 3, 3, 3, 3, 3], [1, 2, 3, 4, 5, 6]) == nil)
    }

    @Test(
        "C index, computed by hand",
        arguments: [
            ("AES", "AES", 18), ("AES", "ASE", 15), ("RIA", "SEC", 0), ("A", "AES", 9), ("AE", "EA", 5),
        ])
    func congruence(student: String, career: String, expected: Int) {
        #expect(InterestMatch.congruence(RIASEC.hollandCode(student)!, RIASEC.hollandCode(career)!) == expected)
    }

    @Test("interest fit is 100 · r when C is perfect (18 of 18)")
    func fit() {
        let student = StudentInterests.scores(
            InterestScores([
                .realistic: 6, .investigative: 26, .artistic: 30, .social: 20, .enterprising: 34, .conventional: 24,
            ]), scale: .ip60)
        let career = InterestScores([
            .realistic: 1, .investigative: 3, .artistic: 3.5, .social: 2.5, .enterprising: 4, .conventional: 2.8,
        ])
        let match = InterestMatch(student: student, shape: InterestShape(student), career: career)
        let r = InterestMatch.pearson(
            [6, 26, 30, 20, 34, 24], [1, 3, 3.5, 2.5, 4, 2.8])!
        #expect(match.r == r)
        #expect(match.c == 18)  // both EAI
        #expect(abs(match.fit - 100 * r) < 1e-9)  // C 18 of 18: the whole shape part
        #expect(match.band == FitBand(r: r))
        #expect(match.sharedAreas.code == "EAI")
    }

    @Test("a flat profile has no r, and a code-only profile is matched on C alone")
    func flatAndCodeOnly() {
        let flat = StudentInterests.scores(
            InterestScores([
                .realistic: 20, .investigative: 21, .artistic: 20, .social: 20, .enterprising: 20, .conventional: 20,
            ]), scale: .ip60)
        #expect(InterestShape(flat) == .flat)
        let career = InterestScores([
            .realistic: 1, .investigative: 5, .artistic: 3, .social: 2, .enterprising: 4, .conventional: 6,
        ])
        #expect(InterestMatch(student: flat, shape: .flat, career: career).r == nil)
        let code = StudentInterests.hollandCode(RIASEC.hollandCode("CIE")!)
        let match = InterestMatch(student: code, shape: InterestShape(code), career: career)
        #expect(match.r == nil)
        #expect(match.c == 18)  // career code CIE
        #expect(match.fit == 100)
    }

    @Test("spread decides the shape: under 5 flat, under 15 nearly flat")
    func shapes() {
        func shape(_ high: Double) -> InterestShape {
            InterestShape(
                .scores(
                    InterestScores([
                        .realistic: 20, .investigative: high, .artistic: 20, .social: 20, .enterprising: 20,
                        .conventional: 20,
                    ]), scale: .ip60))
        }
        #expect(shape(21) == .flat)  // 2.5 points of 100
        #expect(shape(24) == .nearlyFlat)  // 10 points
        #expect(shape(30) == .differentiated)  // 25 points
    }
}

import CareerModel
import Testing

@testable import Assessment

@Suite("Occupations without clear high points: C only from letters that are real high points")
struct HighPointTests {
    static let student = StudentInterests.scores(
        InterestScores([
            .realistic: 6, .investigative: 26, .artistic: 30, .social: 20, .enterprising: 34, .conventional: 24,
        ]), scale: .ip60)

    static func scores(_ r: Double, _ i: Double, _ a: Double, _ s: Double, _ e: Double, _ c: Double) -> InterestScores {
        InterestScores([
            .realistic: r, .investigative: i, .artistic: a, .social: s, .enterprising: e, .conventional: c,
        ])
    }

    @Test("a flat occupation (all ratings within 0.3) has no high point: r alone makes the interest fit, at 95%")
    func flatOccupation() throws {
        let flat = Self.scores(4, 4.1, 4.2, 4, 4.1, 4)
        let match = InterestMatch(student: Self.student, shape: InterestShape(Self.student), career: flat)
        #expect(match.highPoints.letters.isEmpty)
        #expect(match.congruence == nil)
        let r = try #require(match.r)
        #expect(match.score == 100 * max(0, r) * 0.95)
    }

    @Test("a tie between the two highest areas leaves no high point; a tie at third keeps two letters, C out of 15")
    func ties() throws {
        let topTie = CareerHighPoints(interests: Self.scores(1, 2, 6, 3, 6, 4), onet: nil)
        #expect(topTie.letters.isEmpty)
        let thirdTie = Self.scores(1, 4, 5, 2, 6, 4)  // E 6, A 5, then I and C tied at 4
        let match = InterestMatch(student: Self.student, shape: .differentiated, career: thirdTie)
        #expect(match.highPoints.letters.code == "EA")
        let congruence = try #require(match.congruence)
        // Student EAI against EA: 3(3-0) + 2(3-0) = 15 of 15.
        #expect(congruence.index == 15 && congruence.maximum == 15)
        #expect(congruence.part == 100)
        #expect(match.careerCode.code == "EAI")  // the ranked code still breaks the tie in hexagon order
    }

    @Test("O*NET's own high points win over the profile, and 'none' entries shorten the code")
    func onetHighPoints() throws {
        // Marketing Managers: OI R 1.07 I 3.70 A 2.25 S 2.52 E 7.00 C 4.70, IH E, C, none.
        let managers = Self.scores(1.07, 3.70, 2.25, 2.52, 7, 4.70)
        let match = InterestMatch(
            student: .hollandCode([.enterprising, .conventional, .social]), shape: .codeOnly, career: managers,
            highPoints: [.enterprising, .conventional])
        #expect(match.highPoints.letters == [.enterprising, .conventional])
        #expect(match.highPoints.source == .onet)
        #expect(match.c == 15)
        #expect(match.congruence?.maximum == 15)
        #expect(match.score == 100)
        let none = InterestMatch(
            student: .hollandCode([.enterprising]), shape: .codeOnly, career: managers, highPoints: [])
        #expect(none.congruence == nil && none.score == nil && none.fit == 0)
    }

    @Test("a code-only student against an occupation without high points has no interest part at all")
    func nothingToCompare() {
        let assessor = Assessor(
            catalog: Catalog(
                attribution: "test", skills: [],
                careers: [
                    Career(
                        code: nil, id: "flat", title: "Flat", family: .marketing, description: "",
                        interests: Self.scores(3, 3, 3, 3, 3, 3), jobZone: 4, skills: [],
                        classification: Classification(onet: "", esco: ""))
                ]))
        let profile = StudentProfile(
            id: "t-2", name: StudentName(given: "T", family: ""), interests: .hollandCode([.artistic]),
            plans: .bachelor)
        let fit = assessor.assess(profile).careers[0]
        #expect(fit.contributions.interests == nil)
        #expect(fit.fit == 100)  // education alone: the plan meets Job Zone 4
    }
}

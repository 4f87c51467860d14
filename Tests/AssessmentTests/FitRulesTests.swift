import AssessmentFixtures
import CareerModel
import Testing

@testable import Assessment

/// The rules of issue 16, each pinned by a case worked out by hand (docs/assessment.md).
@Suite("Fit rules: the shape leads, bands from the interest match, skills and plans order within a band")
struct FitRulesTests {
    /// The issue's student: R6 I26 A30 S20 E34 C24 on the short form, code EAI.
    static let scores = InterestScores([
        .realistic: 6, .investigative: 26, .artistic: 30, .social: 20, .enterprising: 34, .conventional: 24,
    ])

    static func profile(_ interests: StudentInterests = .scores(scores, scale: .ip60)) -> StudentProfile {
        StudentProfile(
            id: "t-16", name: StudentName(given: "Test", family: "Student"), interests: interests,
            skills: ["writing": 1], plans: .bachelor)
    }

    /// "Shape": the student's own profile on the 1-7 scale (`x / 40 * 6 + 1`), so r = 1, but a skill
    /// the student lacks (HTML and CSS at level 7: readiness 0) and Job Zone 5 (one step short: 60).
    /// "Letters": the same top letter E but another shape (r = .5552, fair; C 12 of 18), a skill the student has
    /// (writing at level 1: readiness 100) and Job Zone 2 (meets: 100).
    static let catalog = Catalog(
        attribution: "test",
        skills: [
            Skill(key: "writing", name: "Writing", technical: false, description: ""),
            Skill(key: "html_css", name: "HTML and CSS", technical: true, description: ""),
        ],
        careers: [
            AssessmentFixtures.career(
                "shape", "Shape", .it,
                [
                    .realistic: 1.9, .investigative: 4.9, .artistic: 5.5, .social: 4.0, .enterprising: 6.1,
                    .conventional: 4.6,
                ],
                zone: 5, skills: [SkillRequirement(skill: "html_css", importance: 5, level: 7)]),
            AssessmentFixtures.career(
                "letters", "Letters", .marketing,
                [.realistic: 3, .investigative: 5, .artistic: 3, .social: 2, .enterprising: 7, .conventional: 6],
                zone: 2, skills: [SkillRequirement(skill: "writing", importance: 5, level: 1)]),
            AssessmentFixtures.career(
                "opposite", "Opposite", .marketing,
                [.realistic: 7, .investigative: 3, .artistic: 2, .social: 6, .enterprising: 1, .conventional: 4],
                zone: 2, skills: [SkillRequirement(skill: "writing", importance: 5, level: 1)]),
        ])

    @Test("interest fit = 100 · max(0, r) · (0.95 + 0.05 · C / Cmax); C alone: C / Cmax · 100")
    func interestFit() {
        // r .5, C 12 of 18: 50 · (0.95 + 0.05 · 2/3) = 49.1667
        #expect(abs(InterestMatch.score(r: 0.5, congruence: (12, 18))! - 49.166_666_666_7) < 1e-9)
        // r ≤ 0 earns nothing, however well the letters match
        #expect(InterestMatch.score(r: -0.3, congruence: (18, 18)) == 0)
        #expect(InterestMatch.score(r: 0, congruence: (18, 18)) == 0)
        // no high points to compare: 95% of the shape points
        #expect(abs(InterestMatch.score(r: 0.8, congruence: nil)! - 76) < 1e-9)
        // C moves a match by at most 5%: r .80 with C 0 (76) still beats r .75 with C 18 (75)
        #expect(InterestMatch.score(r: 0.8, congruence: (0, 18))! > InterestMatch.score(r: 0.75, congruence: (18, 18))!)
        // a Holland-code-only profile: C 15 of 18 is 83.33 and good
        #expect(abs(InterestMatch.score(r: nil, congruence: (15, 18))! - 250.0 / 3) < 1e-9)
        #expect(InterestMatch.band(r: nil, congruence: (15, 18)) == .good)
        #expect(InterestMatch.score(r: nil, congruence: nil) == nil)
    }

    @Test("skills and plans do not lift a career into a higher band: Shape (fit 62) ranks above Letters (fit 77.30)")
    func bandFirst() {
        let result = Assessor(catalog: Self.catalog).assess(Self.profile())
        #expect(result.careers.map(\.career.id) == ["shape", "letters", "opposite"])
        let shape = result.careers[0]
        let letters = result.careers[1]
        // Shape: r = 1, C 18 of 18 (high points EAI from its profile): 0.5 · 100 + 0.3 · 0 + 0.2 · 60 = 62
        #expect(abs(shape.interest.r! - 1) < 1e-12)
        #expect(shape.interest.c == 18)
        #expect(shape.band == .strong)
        #expect(abs(shape.fit - 62) < 1e-9)
        // Letters: r = .5552, C 12 of 18 (EAI vs ECI: E=E 9, A-C opposite 0, I=I 3); interest
        // 55.518 · (0.95 + 0.05 · 12/18) = 54.5928; fit 0.5 · 54.5928 + 0.3 · 100 + 0.2 · 100 = 77.2964
        #expect(abs(letters.interest.r! - 0.555_180_849_255_867_3) < 1e-12)
        #expect(letters.interest.c == 12)
        #expect(abs(letters.interest.fit - 54.592_783_510_160_28) < 1e-9)
        #expect(abs(letters.fit - 77.296_391_755_080_14) < 1e-9)
        #expect(letters.band == .fair)
        #expect(letters.fit > shape.fit)
    }

    @Test("r ≤ 0 earns no interest points and no better band than exploratory")
    func negativeShape() {
        let opposite = Assessor(catalog: Self.catalog).assess(Self.profile()).careers[2]
        #expect(abs(opposite.interest.r! - -0.942_498_199_337_740_8) < 1e-12)
        #expect(opposite.interest.fit == 0)
        #expect(opposite.contributions.interests == 0)
        #expect(opposite.band == .exploratory)
    }

    @Test("a Holland code alone is banded on C: EAI is good for Shape (18 of 18), fair for Letters (12)")
    func codeOnly() {
        let result = Assessor(catalog: Self.catalog).assess(
            Self.profile(.hollandCode([.enterprising, .artistic, .investigative])))
        let bands = Dictionary(uniqueKeysWithValues: result.careers.map { ($0.career.id, $0.band) })
        #expect(bands["shape"] == .good)
        #expect(bands["letters"] == .fair)
        #expect(result.retakes == nil)
        #expect(result.careers.allSatisfy { $0.topFiveShare == nil })
    }

    @Test("the issue's student: Writer and Author ranks above Technical Writer; no career with r below .608 is good")
    func issueStudent() throws {
        let catalog = try Catalog.starter()
        let profile = StudentProfile(
            id: "t-16", name: StudentName(given: "Test", family: "Student"),
            interests: .scores(Self.scores, scale: .ip60),
            skills: ["writing": 4, "data_analysis": 2], plans: .bachelor)
        let careers = Assessor(catalog: catalog).assess(profile).careers
        let rank = { (title: String) in careers.firstIndex { $0.career.title == title }! }
        #expect(rank("Writer and Author") < rank("Technical Writer"))
        for fit in careers {
            if fit.band >= .good { #expect(fit.interest.r! >= 0.608) }
            if fit.interest.r! <= 0 { #expect(fit.interest.fit == 0) }
        }
        let security = careers.first { $0.career.title == "Information Security Analyst" }!
        #expect(security.band == .exploratory)
    }
}

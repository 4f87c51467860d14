import AssessmentFixtures
import CareerModel
import Testing

@testable import Assessment

@Suite("Every number decomposes into its parts")
struct DecompositionTests {
    @Test("the six area contributions sum to r; a shared low area counts too, Realistic gives the largest share")
    func areas() throws {
        let student = StudentInterests.scores(
            InterestScores([
                .realistic: 6, .investigative: 26, .artistic: 30, .social: 20, .enterprising: 34, .conventional: 24,
            ]), scale: .ip60)
        let career = InterestScores([
            .realistic: 1, .investigative: 3.81, .artistic: 3.23, .social: 2.7, .enterprising: 5.53,
            .conventional: 4.69,
        ])
        let match = InterestMatch(student: student, shape: .differentiated, career: career)
        let r = try #require(match.r)
        #expect(abs(match.areaContributions.map(\.contribution).reduce(0, +) - r) < 1e-12)
        #expect(match.areaContributions.map(\.area) == RIASEC.allCases)
        // Realistic is far below both means: (6 - 23.33)(1 - 3.49) is the largest product.
        #expect(match.areaContributions.max { $0.contribution < $1.contribution }?.area == .realistic)
        let c = try #require(match.congruence)
        #expect(c.letters.map(\.points).reduce(0, +) == c.index)
        // Student EAI vs O*NET-profile ECI: E=E 9, A-C distance 3: 0, I=I 3.
        #expect(c.letters.map(\.points) == [9, 0, 3])
    }

    @Test("the points of interests, skills and education sum to the fit")
    func contributions() throws {
        let result = Assessor(catalog: AssessmentFixtures.catalog).assess(AssessmentFixtures.profile())
        for fit in result.careers {
            let parts = fit.contributions
            #expect(abs(parts.total - fit.fit) < 1e-9)
            let interests = try #require(parts.interests)
            let skills = try #require(parts.skills)
            let readiness = try #require(fit.skills).readiness
            #expect(abs(interests - fit.interest.fit * 0.5) < 1e-9)
            #expect(abs(skills - readiness * 0.3) < 1e-9)
        }
    }

    @Test("each gap's readiness lost sums to what readiness lacks of 100, and is paired with a course")
    func gaps() throws {
        let course = Training(name: "SEO Course", provider: "Academy", free: true, skills: ["seo"])
        let readiness = try #require(
            SkillReadiness(
                ratings: ["writing": 2],
                requirements: [
                    SkillRequirement(skill: "writing", importance: 5, level: 6),  // IMstd 100, gap 6 - 2.5 = 3.5
                    SkillRequirement(skill: "seo", importance: 3, level: 4),  // IMstd 50, gap 4
                ], training: [course]))
        // Weighted gap (350 + 200) / 150 = 3.667; readiness = 100 (1 - 3.667 / 7) = 47.62.
        #expect(abs(readiness.readiness - 100 * (1 - (550.0 / 150) / 7)) < 1e-9)
        #expect(abs(readiness.gaps.map(\.readinessLost).reduce(0, +) - (100 - readiness.readiness)) < 1e-9)
        #expect(readiness.gaps.map(\.skill) == ["writing", "seo"])
        #expect(abs(readiness.gaps[0].readinessLost - 100 * 350 / (150 * 7)) < 1e-9)
        #expect(readiness.gaps[1].training == course)
        #expect(readiness.gaps[0].training == nil)
    }
}

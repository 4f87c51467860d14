import CareerModel
import Testing

@testable import Assessment

@Suite("Skill readiness: importance-weighted level gaps")
struct SkillReadinessTests {
    @Test("ratings map onto O*NET levels 1-7, unrated is 0")
    func levels() {
        #expect(SkillReadiness.level(forRating: 1) == 1)
        #expect(SkillReadiness.level(forRating: 3) == 4)
        #expect(SkillReadiness.level(forRating: 5) == 7)
        #expect(SkillReadiness.level(forRating: nil) == 0)
    }

    @Test("readiness by hand: writing met, SEO unrated")
    func handComputed() throws {
        // IMstd: writing (5-1)/4*100 = 100, seo (3-1)/4*100 = 50. Gaps: writing 0, seo 4 - 0 = 4.
        // Weighted gap = (100*0 + 50*4) / 150 = 1.333...; readiness = 100 * (1 - 1.333/7) = 80.95
        let readiness = try #require(
            SkillReadiness(
                ratings: ["writing": 5],
                requirements: [
                    SkillRequirement(skill: "writing", importance: 5, level: 6),
                    SkillRequirement(skill: "seo", importance: 3, level: 4),
                ]))
        #expect(abs(readiness.readiness - 100 * (1 - (200.0 / 150) / 7)) < 1e-9)
        #expect(readiness.gaps.map(\.skill) == ["seo"])
        #expect(readiness.gaps.first?.weight == 200)
        #expect(readiness.strengths == ["writing"])
    }

    @Test("gaps rank by importance times gap, ties by key")
    func ranking() throws {
        let readiness = try #require(
            SkillReadiness(
                ratings: [:],
                requirements: [
                    SkillRequirement(skill: "b", importance: 3, level: 4),  // 50 * 4 = 200
                    SkillRequirement(skill: "a", importance: 3, level: 4),  // 200, a before b
                    SkillRequirement(skill: "c", importance: 5, level: 3),  // 100 * 3 = 300
                ]))
        #expect(readiness.gaps.map(\.skill) == ["c", "a", "b"])
        #expect(readiness.readiness == 50)  // weighted gap (200 + 200 + 300) / (50 + 50 + 100) = 3.5 of 7
    }

    @Test("a career whose requirements all have importance 1 gives no readiness")
    func noWeight() {
        #expect(
            SkillReadiness(ratings: ["a": 3], requirements: [SkillRequirement(skill: "a", importance: 1, level: 3)])
                == nil)
    }
}

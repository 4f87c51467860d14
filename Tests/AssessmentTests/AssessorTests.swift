import AssessmentFixtures
import CareerModel
import Testing

@testable import Assessment

@Suite("The assessor: combined fit, ranking, education and technical balance")
struct AssessorTests {
    @Test("weights are 50/30/20 and a missing part's weight is shared out")
    func weights() {
        #expect(
            FitWeights.published.combine(interests: 80, skills: 60, education: 100) == 80 * 0.5 + 60 * 0.3 + 100 * 0.2)
        #expect(
            abs(
                FitWeights.published.combine(interests: 80, skills: nil, education: 100)! - (80 * 0.5 + 100 * 0.2) / 0.7
            ) < 1e-9)
        #expect(FitWeights.published.combine(interests: nil, skills: nil, education: nil) == nil)
    }

    @Test("a creative writer ranks the writing careers first; equal fits are ordered by title")
    func ranking() {
        let result = Assessor(catalog: AssessmentFixtures.catalog).assess(AssessmentFixtures.profile())
        #expect(result.careers.map(\.career.id) == ["twin", "writer", "webdev"])
        let writer = result.careers[1]
        #expect(writer.skills?.readiness == 100)
        #expect(writer.education == .meets)
        #expect(writer.fit == FitWeights.published.combine(interests: writer.interest.fit, skills: 100, education: 100))
        #expect(writer.band == FitBand(r: writer.interest.r!))
    }

    @Test("education fit: meets, one step short, below plan")
    func education() {
        #expect(EducationFit(careerZone: 4, plan: .bachelor) == .meets)
        #expect(EducationFit(careerZone: 5, plan: .bachelor) == .oneStepShort)
        #expect(EducationFit(careerZone: 5, plan: .highSchool) == .belowPlan)
        let result = Assessor(catalog: AssessmentFixtures.catalog).assess(AssessmentFixtures.profile(plans: nil))
        #expect(result.careers.allSatisfy { $0.education == nil })
    }

    @Test("a profile without skills is assessed on interests and plans alone")
    func noSkills() {
        let result = Assessor(catalog: AssessmentFixtures.catalog).assess(AssessmentFixtures.profile(skills: [:]))
        #expect(result.technicalShare == nil)
        for fit in result.careers {
            #expect(fit.skills == nil)
            #expect(
                fit.fit
                    == FitWeights.published.combine(
                        interests: fit.interest.fit, skills: nil, education: fit.education?.score))
        }
    }

    @Test("a flat profile leaves interests out of the fit")
    func flatProfile() {
        let flat = StudentInterests.scores(
            InterestScores([
                .realistic: 20, .investigative: 20, .artistic: 20, .social: 20, .enterprising: 20, .conventional: 20,
            ]), scale: .ip60)
        let result = Assessor(catalog: AssessmentFixtures.catalog).assess(AssessmentFixtures.profile(interests: flat))
        #expect(result.interestShape == .flat)
        for fit in result.careers {
            #expect(
                fit.fit
                    == FitWeights.published.combine(
                        interests: nil, skills: fit.skills?.readiness, education: fit.education?.score))
        }
    }

    @Test("technical share: the web developer is 100 * 1 / (1 + 0.5) technical, the writer student 1/6")
    func technicalBalance() {
        let result = Assessor(catalog: AssessmentFixtures.catalog).assess(AssessmentFixtures.profile())
        let webdev = result.careers.first { $0.career.id == "webdev" }!
        #expect(abs(webdev.technicalShare! - 100.0 / 1.5) < 1e-9)
        #expect(abs(result.technicalShare! - 100.0 / 6) < 1e-9)
        #expect(Leaning(technicalShare: 100.0 / 6) == .marketing)
        #expect(Leaning(technicalShare: 45) == .balanced)
        #expect(Leaning(technicalShare: 70) == .it)
    }

    @Test(
        "bands sit on O*NET's cut-offs on r: Best .729, Good .608, Okay .426",
        arguments: [
            (0.729, FitBand.strong), (0.7289, .good), (0.608, .good), (0.6079, .fair), (0.426, .fair),
            (0.4259, .exploratory), (-0.5, .exploratory),
        ])
    func bands(r: Double, band: FitBand) {
        #expect(FitBand(r: r) == band)
    }

    @Test(
        "a Holland code alone reaches good at 15 of 18 and fair at 12 of 18, never strong",
        arguments: [
            (18, 18, FitBand.good), (15, 18, .good), (14, 18, .fair), (12, 18, .fair), (11, 18, .exploratory),
            (9, 9, .good), (6, 9, .fair), (5, 9, .exploratory),
        ])
    func codeOnlyBands(index: Int, maximum: Int, band: FitBand) {
        #expect(FitBand(congruence: index, maximum: maximum) == band)
    }

    @Test("a flat profile's careers are at most fair: from 45 of combined fit, else exploratory")
    func flatBands() {
        #expect(FitBand(fitWithoutInterests: 100) == .fair)
        #expect(FitBand(fitWithoutInterests: 45) == .fair)
        #expect(FitBand(fitWithoutInterests: 44.9) == .exploratory)
        let flat = StudentInterests.scores(
            InterestScores([
                .realistic: 20, .investigative: 20, .artistic: 20, .social: 20, .enterprising: 20, .conventional: 20,
            ]), scale: .ip60)
        let result = Assessor(catalog: AssessmentFixtures.catalog).assess(AssessmentFixtures.profile(interests: flat))
        #expect(result.careers.allSatisfy { $0.band <= .fair })
        #expect(result.retakes == nil)
        #expect(result.careers.allSatisfy { $0.topFiveShare == nil })
    }
}

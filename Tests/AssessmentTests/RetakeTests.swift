import CareerModel
import Testing

@testable import Assessment

@Suite("Retakes: how sure each recommendation is, the same on every run and platform")
struct RetakeTests {
    @Test("SplitMix64 gives the reference outputs: seed 0 starts e220a8397b1dcdaf, 6e789e6aa1b965f4")
    func generator() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test("error per area = √(2 · (1 - .78)) · SD, SD 22.5% of the range: 5.97 of 40, 0.895 of the 1-7 scale")
    func errorSD() {
        #expect(abs(RetakeSimulation.errorSD(on: .ip60) - 5.969_924_622_639_719) < 1e-12)
        #expect(abs(RetakeSimulation.errorSD(on: .ip30) - 5.969_924_622_639_719 / 2) < 1e-12)
        #expect(abs(RetakeSimulation.errorSD(on: .onet) - 0.895_488_693_395_957_9) < 1e-12)
    }

    /// Reference values from an independent Python version of the same steps (SplitMix64, the
    /// seed fold, 12 uniforms minus 6, clamping), so a change of platform or a refactoring that moves
    /// a single bit shows here.
    @Test("the seed comes from the scores and the first retake is pinned bit for bit")
    func pinned() {
        let simulation = RetakeSimulation(.scores(FitRulesTests.scores, scale: .ip60))!
        #expect(simulation.seed == 0x0F02_DD6B_58B8_4977)
        let first = simulation.retakes()[0]
        #expect(
            first.values == [
                20.586_162_700_788_073, 21.289_613_254_584_232, 24.696_537_895_824_22, 27.236_512_236_475_303, 40,
                25.904_475_464_863_92,
            ])
        #expect(RetakeSimulation(.hollandCode([.enterprising])) == nil)
    }

    @Test("retakes spread around the scores by the error, within the scale")
    func spread() {
        let simulation = RetakeSimulation(.scores(FitRulesTests.scores, scale: .ip60))!
        let retakes = simulation.retakes()
        #expect(retakes.count == RetakeSimulation.count)
        let social = retakes.map { $0[.social] }  // 20: far from both ends, so clamping doesn't bend it
        let mean = social.reduce(0, +) / Double(social.count)
        let sd = (social.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(social.count - 1)).squareRoot()
        #expect(abs(mean - 20) < 1.5)
        #expect(abs(sd - simulation.errorSD) < 0.15 * simulation.errorSD)
        #expect(retakes.allSatisfy { $0.values.allSatisfy { (0...40).contains($0) } })
    }

    @Test("every retake puts exactly five careers in the top five, and the same student gets the same shares")
    func shares() throws {
        let assessor = Assessor(catalog: try Catalog.starter())
        let profile = FitRulesTests.profile()
        let result = assessor.assess(profile)
        let shares = result.careers.map { $0.topFiveShare! }
        #expect(abs(shares.reduce(0, +) - 5) < 1e-9)
        #expect(shares.allSatisfy { (0...1).contains($0) })
        #expect(assessor.assess(profile) == result)
        // a clear leader: the student's own shape among careers far from it stays first in every retake
        #expect(result.retakes?.seed == RetakeSimulation.seed(for: FitRulesTests.scores, scale: .ip60))
    }

    @Test("a career that matches the shape exactly, among opposites, stays in the top five in every retake")
    func sureCareer() {
        let result = Assessor(catalog: FitRulesTests.catalog).assess(FitRulesTests.profile())
        // three careers only: all of them are in the "top five" every time
        #expect(result.careers.allSatisfy { $0.topFiveShare == 1 })
    }
}

import Testing

@testable import CareerModel

@Suite("RIASEC areas and Holland codes")
struct RIASECTests {
    @Test("hexagon distance: same 0, adjacent 1, alternate 2, opposite 3, wrapping C-R")
    func hexagonDistance() {
        #expect(RIASEC.realistic.hexagonDistance(to: .realistic) == 0)
        #expect(RIASEC.realistic.hexagonDistance(to: .investigative) == 1)
        #expect(RIASEC.realistic.hexagonDistance(to: .artistic) == 2)
        #expect(RIASEC.realistic.hexagonDistance(to: .social) == 3)
        #expect(RIASEC.conventional.hexagonDistance(to: .realistic) == 1)
        #expect(RIASEC.enterprising.hexagonDistance(to: .investigative) == 3)
    }

    @Test("Holland codes parse 1-3 distinct letters, any case", arguments: ["AES", "ie", "C"])
    func validCodes(code: String) {
        #expect(RIASEC.hollandCode(code)?.code == code.uppercased())
    }

    @Test(
        "Holland codes refuse repeats, other letters and more than three", arguments: ["", "AAS", "XYZ", "AESR", "A E"])
    func invalidCodes(code: String) {
        #expect(RIASEC.hollandCode(code) == nil)
    }

    @Test("ranking breaks ties in hexagon order, so a flat profile's code is RIA")
    func tieRule() {
        let flat = InterestScores([
            .realistic: 20, .investigative: 20, .artistic: 20, .social: 20, .enterprising: 20, .conventional: 20,
        ])
        #expect(flat.hollandCode.code == "RIA")
        let tiedTop = InterestScores([
            .realistic: 1, .investigative: 5, .artistic: 30, .social: 30, .enterprising: 30, .conventional: 2,
        ])
        #expect(tiedTop.hollandCode.code == "ASE")
    }

    @Test("scales standardise to 0-100")
    func standardise() {
        #expect(InterestScale.ip60.standardized(30) == 75)
        #expect(InterestScale.ip30.standardized(5) == 25)
        #expect(InterestScale.onet.standardized(4) == 50)
    }
}

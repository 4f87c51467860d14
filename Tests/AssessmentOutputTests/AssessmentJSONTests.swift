import AssessmentFixtures
import AssessmentOutput
import CareerModel
import Foundation
import Testing

@testable import Assessment

@Suite("The assessment as JSON")
struct AssessmentJSONTests {
    func json(_ profile: StudentProfile) throws -> [String: Any] {
        let result = Assessor(catalog: AssessmentFixtures.catalog).assess(profile)
        let data = try AssessmentJSON(result, catalog: AssessmentFixtures.catalog).encoded()
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("careers come best first with code, title, fit, and interest r and c")
    func careers() throws {
        let root = try json(AssessmentFixtures.profile())
        let careers = try #require(root["careers"] as? [[String: Any]])
        #expect(careers.map { $0["id"] as? String } == ["twin", "writer", "webdev"])
        let first = careers[0]
        #expect(first["title"] as? String == "Another Writer")
        #expect(first["code"] is NSNull)
        let fits = careers.compactMap { $0["fit"] as? Double }
        #expect(fits == fits.sorted(by: >))
        let interest = try #require(first["interest"] as? [String: Any])
        #expect(interest["r"] is Double)
        #expect((interest["c"] as? Int).map { (0...18).contains($0) } == true)
        #expect((interest["areas"] as? [Any])?.count == 6)
        let skills = try #require(first["skills"] as? [String: Any])
        #expect(skills["readiness"] as? Double == 100)
        let student = try #require(root["student"] as? [String: Any])
        #expect(student["id"] as? String == "t-1")
        #expect(student["name"] == nil)
        #expect(first["band"] as? String == "strong")
        #expect(first["top_five_in_retakes"] as? Double == 1)  // three careers: always in the best five
        let retakes = try #require(root["retakes"] as? [String: Any])
        #expect(retakes["count"] as? Int == RetakeSimulation.count)
        #expect(retakes["reliability"] as? Double == 0.78)
        #expect(retakes["error_sd"] as? Double == 5.9699)
        let seed = RetakeSimulation.seed(
            for: InterestScores([
                .realistic: 4, .investigative: 20, .artistic: 36, .social: 24, .enterprising: 28, .conventional: 10,
            ]), scale: .ip60)
        #expect(retakes["seed"] as? String == String(seed, radix: 16))
    }

    @Test("a Holland-code-only profile has r null, and a profile without skills has skills null")
    func nulls() throws {
        let profile = AssessmentFixtures.profile(
            skills: [:], interests: .hollandCode([.artistic, .enterprising, .social]))
        let careers = try #require(try json(profile)["careers"] as? [[String: Any]])
        let interest = try #require(careers[0]["interest"] as? [String: Any])
        #expect(interest["r"] is NSNull)
        #expect(careers[0]["skills"] is NSNull)
        #expect((careers[0]["contributions"] as? [String: Any])?["skills"] is NSNull)
        #expect(careers[0]["top_five_in_retakes"] is NSNull)
        #expect(try json(profile)["retakes"] is NSNull)
    }

    @Test("the same assessment always gives the same bytes, keys sorted")
    func deterministic() throws {
        let result = Assessor(catalog: AssessmentFixtures.catalog).assess(AssessmentFixtures.profile())
        let a = try AssessmentJSON(result, catalog: AssessmentFixtures.catalog).encoded()
        let b = try AssessmentJSON(result, catalog: AssessmentFixtures.catalog).encoded()
        #expect(a == b)
        let text = String(decoding: a, as: UTF8.self)
        #expect(text.range(of: "\"attribution\"")!.lowerBound < text.range(of: "\"careers\"")!.lowerBound)
    }

    @Test("the text summary names the student by id and explains the best career")
    func summary() {
        let result = Assessor(catalog: AssessmentFixtures.catalog).assess(AssessmentFixtures.profile())
        let text = AssessmentSummary.text(result, catalog: AssessmentFixtures.catalog, top: 2)
        #expect(text.contains("Student t-1"))
        #expect(!text.contains("Test Student"))
        #expect(text.contains("1. Another Writer"))
        #expect(text.contains("2 of 3 careers shown"))
        #expect(text.contains("Retakes: 200 simulated (reliability 0.78, error SD 6.0 per area)"))
        #expect(text.contains("retakes: among the best five in 200 of 200"))
    }
}

import Foundation
import Testing

@testable import CareerModel

/// schemas/profile.schema.json, read from the repository.
private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

@Suite("The profile JSON Schema matches the model, so the two can't drift")
struct ProfileSchemaTests {
    let schema: [String: Any]

    init() throws {
        let data = try Data(contentsOf: repository.appendingPathComponent("schemas/profile.schema.json"))
        schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func object(_ value: Any?, _ path: String) throws -> [String: Any] {
        try #require(value as? [String: Any], "\(path) is not an object")
    }

    @Test("it is a draft 2020-12 schema for the documented fields, with id, name and interests required")
    func fields() throws {
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let properties = try object(schema["properties"], "properties")
        #expect(Set(properties.keys) == ["id", "name", "grade", "email", "interests", "skills", "plans"])
        #expect(schema["required"] as? [String] == ["id", "name", "interests"])
    }

    @Test("plans, scales, areas and skills list exactly the model's cases and the starter vocabulary")
    func enumerations() throws {
        let properties = try object(schema["properties"], "properties")
        let plans = try object(properties["plans"], "plans")
        #expect(plans["enum"] as? [String] == EducationPlan.allCases.map(\.rawValue))
        let skills = try object(try object(properties["skills"], "skills")["properties"], "skills.properties")
        #expect(Set(skills.keys) == Set(try Catalog.starter().skills.map(\.key)))
        let variants = try #require(try object(properties["interests"], "interests")["oneOf"] as? [[String: Any]])
        let scores = try object(variants[1]["properties"], "interests.properties")
        #expect(try object(scores["scale"], "scale")["enum"] as? [String] == InterestScale.allCases.map(\.rawValue))
        let ranges = try #require(variants[1]["allOf"] as? [[String: Any]])
        var checked: Set<String> = []
        for rule in ranges {
            let then = try object(try object(rule["then"], "then")["properties"], "then.properties")
            let areas = try object(try object(then["scores"], "scores")["properties"], "scores.properties")
            #expect(Set(areas.keys) == Set(RIASEC.allCases.map(\.rawValue)))
            let condition = try object(rule["if"], "if")
            let scaleName =
                ((condition["properties"] as? [String: Any])?["scale"] as? [String: Any])?["const"] as? String ?? "ip60"
            let scale = try #require(InterestScale(rawValue: scaleName))
            for area in areas.values {
                let bounds = try object(area, "area")
                #expect(bounds["minimum"] as? Double == scale.range.lowerBound)
                #expect(bounds["maximum"] as? Double == scale.range.upperBound)
            }
            checked.insert(scaleName)
        }
        #expect(checked == Set(InterestScale.allCases.map(\.rawValue)))
    }

    @Test("the JSON sample profile uses only fields, skills and values the schema allows")
    func sample() throws {
        let data = try Data(contentsOf: repository.appendingPathComponent("samples/profiles/zoe-mix.json"))
        let profile = try object(try JSONSerialization.jsonObject(with: data), "profile")
        let properties = try object(schema["properties"], "properties")
        #expect(Set(profile.keys).isSubset(of: Set(properties.keys)))
        let skills = try object(try object(properties["skills"], "skills")["properties"], "skills.properties")
        #expect(Set(try object(profile["skills"], "skills").keys).isSubset(of: Set(skills.keys)))
        let plans = try object(properties["plans"], "plans")["enum"] as? [String]
        #expect(plans?.contains(profile["plans"] as? String ?? "") == true)
    }
}

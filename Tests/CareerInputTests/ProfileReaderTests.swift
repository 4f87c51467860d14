import CareerModel
import Foundation
import Testing

@testable import CareerInput

@Suite("Reading student profiles from YAML and JSON")
struct ProfileReaderTests {
    let reader = ProfileReader(skillKeys: ["writing", "data_analysis", "html_css", "seo"])

    func read(_ text: String) throws(InputError) -> ProfileReading {
        try reader.read(text: text, file: "p.yaml")
    }

    func failure(_ text: String) -> InputError? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error
        }
    }

    static let jose = """
        id: s-0001
        name: {given: José, family: Müller}
        grade: 11
        email: jose@example.org
        interests:
          scale: ip60            # O*NET Interest Profiler short form: each area 0-40
          scores: {R: 6, I: 26, A: 30, S: 20, E: 34, C: 24}
        skills: {writing: 5, data_analysis: 3, html_css: 2}   # self-ratings 1-5
        plans: bachelor
        """

    @Test("the documented YAML form reads into a profile")
    func documentedForm() throws {
        let profile = try read(Self.jose).profile
        #expect(profile.id == "s-0001")
        #expect(profile.name.fullName == "José Müller")
        #expect(profile.grade == 11)
        #expect(profile.email == "jose@example.org")
        #expect(
            profile.interests
                == .scores(
                    InterestScores([
                        .realistic: 6, .investigative: 26, .artistic: 30, .social: 20, .enterprising: 34,
                        .conventional: 24,
                    ]), scale: .ip60))
        #expect(profile.skills == ["writing": 5, "data_analysis": 3, "html_css": 2])
        #expect(profile.plans == .bachelor)
    }

    @Test("the same structure in JSON reads the same")
    func json() throws {
        let json = """
            {"id": "s-0001", "name": {"given": "José", "family": "Müller"}, "grade": 11, "email": "jose@example.org",
             "interests": {"scale": "ip60", "scores": {"R": 6, "I": 26, "A": 30, "S": 20, "E": 34, "C": 24}},
             "skills": {"writing": 5, "data_analysis": 3, "html_css": 2}, "plans": "bachelor"}
            """
        #expect(try read(json).profile == read(Self.jose).profile)
    }

    @Test("ids stay text as written: 0012 is not the number 12")
    func idsAreText() throws {
        let profile = try read("id: 0012\nname: {given: A}\ninterests: {holland_code: aes}").profile
        #expect(profile.id == "0012")
        #expect(profile.interests == .hollandCode([.artistic, .enterprising, .social]))
    }

    @Test("name.order and name.display are read; a CJK name is family first without a space by default")
    func nameOrder() throws {
        let wang = try read("id: s-1\nname: {given: 小明, family: 王}\ninterests: {holland_code: A}").profile
        #expect(wang.name.fullName == "王小明")
        let nagy = try read(
            "id: s-2\nname: {given: István, family: Nagy, order: family_first}\ninterests: {holland_code: A}"
        )
        .profile
        #expect(nagy.name.fullName == "Nagy István")
        let display = try read(
            "id: s-3\nname:\n  given: Ana\n  display: Ana María de la Cruz\ninterests: {holland_code: A}"
        ).profile
        #expect(display.name.fullName == "Ana María de la Cruz")
    }

    @Test("a wrong name order is an error at its line, naming the field and the valid values")
    func badNameOrder() throws {
        let error = try #require(
            failure("id: s-1\nname:\n  given: A\n  order: last_first\ninterests: {holland_code: A}"))
        #expect(error.line == 4)
        #expect(error.field == "name.order")
        #expect(error.message.contains("'last_first' is not a name order; use family_first"))
        #expect(error.message.contains("given_first"))
    }

    @Test("a missing id names the field and says what to write, located at the document")
    func missingID() throws {
        let error = try #require(failure("name: {given: A}\ninterests: {holland_code: A}"))
        #expect(error.field == "id")
        #expect(error.line == 1)
        #expect(error.description.hasPrefix("p.yaml:1:1: error: id: the field is missing"))
    }

    @Test("a YAML syntax error gives its line")
    func syntaxError() throws {
        let error = try #require(failure("id: s-1\nname: {given: A\ninterests: x\n"))
        #expect(error.line == 3)
        #expect(error.message.contains("not valid YAML"))
    }

    @Test("an unknown skill names the key, a suggestion and the valid keys")
    func unknownSkill() throws {
        let error = try #require(
            failure("id: s-1\nname: {given: A}\ninterests: {holland_code: A}\nskills:\n  writting: 3\n"))
        #expect(error.line == 5)
        #expect(error.field == "skills.writting")
        #expect(error.message.contains("did you mean 'writing'?"))
        #expect(error.message.contains("writing, data_analysis, html_css, seo"))
    }

    @Test(
        "scores outside the scale, missing areas and bad ratings are refused with their field",
        arguments: [
            (
                "interests: {scale: ip60, scores: {R: 41, I: 1, A: 1, S: 1, E: 1, C: 1}}", "interests.scores.R",
                "outside the ip60 scale"
            ),
            ("interests: {scale: ip30, scores: {R: 1, I: 1, A: 1, S: 1, E: 1}}", "interests.scores", "C are missing"),
            (
                "interests: {scale: ip60, scores: {R: .nan, I: 1, A: 1, S: 1, E: 1, C: 1}}", "interests.scores.R",
                "not a number"
            ),
            ("interests: {scale: ipx, scores: {}}", "interests.scale", "not a scale"),
            ("interests: {holland_code: AAX}", "interests.holland_code", "not a Holland code"),
            ("interests: {holland_code: A}\nskills: {writing: 6}", "skills.writing", "from 1 to 5"),
            ("interests: {holland_code: A}\nplans: phd", "plans", "not a plan"),
            ("interests: {holland_code: A}\ngrade: 13", "grade", "from 1 to 12"),
            ("interests: {holland_code: A}\nemail: 'a@b.org\\r\\nBcc: x@y.org'", "email", "not an email address"),
            ("interests: [1, 2]", "interests", "expected a set of fields"),
        ])
    func fieldErrors(fragment: String, field: String, message: String) throws {
        let error = try #require(failure("id: s-1\nname: {given: A}\n" + fragment))
        #expect(error.field == field)
        #expect(error.message.contains(message), "\(error)")
        #expect(error.line > 0)
    }

    @Test(
        "ids that could escape the output folder are refused",
        arguments: ["../../etc/x", "/abs", ".hidden", "a b", "con/x", String(repeating: "x", count: 65)])
    func unsafeIDs(id: String) throws {
        let error = try #require(failure("id: '\(id)'\nname: {given: A}\ninterests: {holland_code: A}"))
        #expect(error.field == "id")
    }

    @Test("unknown fields are warned about with a suggestion, and the profile is still read")
    func unknownField() throws {
        let reading = try read("id: s-1\nname: {given: A}\ninterests: {holland_code: A}\ngarde: 11\n")
        #expect(reading.warnings.count == 1)
        #expect(reading.warnings[0].line == 4)
        #expect(reading.warnings[0].message.contains("did you mean 'grade'?"))
    }

    @Test("files: missing, empty, not UTF-8, a leading BOM")
    func files() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("profile-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("missing.yaml").path
        #expect(throws: InputError(file: missing, message: "no such file; check the path and spelling")) {
            try reader.read(fileAt: missing)
        }

        let empty = folder.appendingPathComponent("empty.yaml")
        try Data().write(to: empty)
        #expect { try reader.read(fileAt: empty.path) } throws: {
            ($0 as? InputError)?.message.contains("empty") == true
        }

        let latin1 = folder.appendingPathComponent("latin1.yaml")
        try Data("id: s-1\nname: {given: Jos\u{E9}}".utf8.map { $0 }.dropLast(3) + [0xE9, 0x7D]).write(to: latin1)
        #expect { try reader.read(fileAt: latin1.path) } throws: {
            ($0 as? InputError)?.message.contains("not UTF-8") == true
        }

        let bom = folder.appendingPathComponent("bom.yaml")
        try Data([0xEF, 0xBB, 0xBF] + Array("id: s-1\nname: {given: Zoë}\ninterests: {holland_code: A}".utf8)).write(
            to: bom)
        #expect(try reader.read(fileAt: bom.path).profile.name.given == "Zoë")
    }
}

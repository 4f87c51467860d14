import Foundation
import Testing

/// Bad profiles (YAML and JSON) through `career-report generate`: exit 1, a message naming the
/// file and the line or field, nothing written for the profile.
@Suite("Bad input: profiles")
struct BadInputProfileTests {
    static let generate = ["generate", "p.yaml"]

    static func yaml(_ name: String, _ text: String, mentions: [String]) -> BadCase {
        BadCase(
            name: name, files: ["p.yaml": utf8(text)], arguments: generate, status: 1, mentions: ["p.yaml"] + mentions)
    }

    static func json(_ name: String, _ text: String, mentions: [String]) -> BadCase {
        BadCase(
            name: name, files: ["p.json": utf8(text)], arguments: ["generate", "p.json"], status: 1,
            mentions: ["p.json"] + mentions)
    }

    static let cases: [BadCase] = [
        yaml("an empty YAML file", "", mentions: ["empty"]),
        json("an empty JSON file", "", mentions: ["empty"]),
        yaml("a YAML file cut off mid-mapping", "id: s-1\nname: {given: A", mentions: ["p.yaml:3:", "not valid YAML"]),
        json(
            "a JSON file cut off mid-object", "{\"id\": \"s-1\", \"name\": {\"given\": ",
            mentions: ["p.json:", "not valid"]),
        BadCase(
            name: "binary garbage", files: ["p.yaml": binaryGarbage], arguments: generate, status: 1,
            mentions: ["p.yaml", "UTF-8"]),
        BadCase(
            name: "Latin-1 instead of UTF-8",
            files: ["p.yaml": Data(Array("id: s-1\nname: {given: Jos".utf8) + [0xE9] + Array("}\n".utf8))],
            arguments: generate, status: 1, mentions: ["p.yaml", "UTF-8"]),
        BadCase(
            name: "a 100 MB file", sparse: ["p.yaml": 100 << 20], arguments: generate, status: 1,
            mentions: ["p.yaml", "larger than"]),
        yaml(
            "YAML nested 100 000 deep",
            "id: s-1\nname: {given: A}\ninterests: " + String(repeating: "[", count: 100_000),
            mentions: ["p.yaml:3:"]),
        json(
            "JSON nested 50 000 deep",
            "{\"id\": \"s-1\", \"interests\": " + String(repeating: "{\"a\": ", count: 50_000) + "1"
                + String(repeating: "}", count: 50_001),
            mentions: ["p.json:1:"]),
        yaml(
            "a 10 KB name",
            "id: s-1\nname: {given: \(String(repeating: "A", count: 10_240))}\ninterests: {holland_code: AES}\n",
            mentions: ["p.yaml:2:", "name.given", "longer than"]),
        yaml(
            "a 10 KB id",
            "id: \(String(repeating: "a", count: 10_240))\nname: {given: A}\ninterests: {holland_code: AES}\n",
            mentions: ["p.yaml:1:", "id", "longer than 64"]),
        yaml(
            "a 10 KB display name",
            "id: s-1\nname: {given: A, display: \(String(repeating: "A", count: 10_240))}\ninterests: {holland_code: AES}\n",
            mentions: ["p.yaml:2:", "name.display", "longer than"]),
        yaml(
            "an unknown name order",
            "id: s-1\nname:\n  given: A\n  order: surname_first\ninterests: {holland_code: AES}\n",
            mentions: ["p.yaml:4:", "name.order", "family_first"]),
        yaml("a missing id", "name: {given: A}\ninterests: {holland_code: AES}\n", mentions: ["p.yaml:1:", "id"]),
        yaml("a missing name", "id: s-1\ninterests: {holland_code: AES}\n", mentions: ["p.yaml:1:", "name"]),
        yaml("missing interests", "id: s-1\nname: {given: A}\n", mentions: ["p.yaml:1:", "interests"]),
        yaml(
            "a field given twice (YAML)", "id: s-1\nid: s-2\nname: {given: A}\ninterests: {holland_code: AES}\n",
            mentions: ["p.yaml:1:", "'id'", "more than once"]),
        json(
            "a field given twice (JSON)",
            "{\"id\": \"s-3\", \"name\": {\"given\": \"A\"}, \"interests\": {\"holland_code\": \"AES\"}, \"id\": \"s-4\"}",
            mentions: ["p.json:1:", "'id'", "more than once"]),
        yaml(
            "a score above its scale",
            "id: s-1\nname: {given: A}\ninterests: {scale: ip60, scores: {R: 41, I: 1, A: 1, S: 1, E: 1, C: 1}}\n",
            mentions: ["p.yaml:3:", "R"]),
        yaml(
            "a negative score",
            "id: s-1\nname: {given: A}\ninterests: {scores: {R: -1, I: 1, A: 1, S: 1, E: 1, C: 1}}\n",
            mentions: ["p.yaml:3:", "R"]),
        yaml(
            "a NaN score", "id: s-1\nname: {given: A}\ninterests: {scores: {R: .nan, I: 1, A: 1, S: 1, E: 1, C: 1}}\n",
            mentions: ["p.yaml:3:", "interests.scores.R"]),
        yaml(
            "an infinite score",
            "id: s-1\nname: {given: A}\ninterests: {scores: {R: .inf, I: 1, A: 1, S: 1, E: 1, C: 1}}\n",
            mentions: ["p.yaml:3:", "interests.scores.R"]),
        json(
            "a huge number in JSON",
            "{\"id\": \"s-1\", \"name\": {\"given\": \"A\"}, \"grade\": 1e400, \"interests\": {\"holland_code\": \"AES\"}}",
            mentions: ["p.json:1:", "grade"]),
        yaml(
            "a grade of 13", "id: s-1\nname: {given: A}\ngrade: 13\ninterests: {holland_code: AES}\n",
            mentions: ["p.yaml:3:", "grade"]),
        yaml(
            "a skill rating of 9", "id: s-1\nname: {given: A}\ninterests: {holland_code: AES}\nskills: {writing: 9}\n",
            mentions: ["p.yaml:4:", "writing"]),
        yaml(
            "a NUL in the id", "id: \"s-1\\0\"\nname: {given: A}\ninterests: {holland_code: AES}\n",
            mentions: ["p.yaml:1:", "id"]),
        yaml(
            "a right-to-left override in the id",
            "id: \"s-1\u{202E}fdp.exe\"\nname: {given: A}\ninterests: {holland_code: AES}\n",
            mentions: ["p.yaml:1:", "id"]),
        yaml(
            "an id ../../etc/x", "id: ../../etc/x\nname: {given: A}\ninterests: {holland_code: AES}\n",
            mentions: ["p.yaml:1:", "id"]),
        yaml(
            "an absolute-path id", "id: /etc/x\nname: {given: A}\ninterests: {holland_code: AES}\n",
            mentions: ["p.yaml:1:", "id"]),
        yaml("the id '.'", "id: .\nname: {given: A}\ninterests: {holland_code: AES}\n", mentions: ["p.yaml:1:", "id"]),
        yaml(
            "the id '..'", "id: ..\nname: {given: A}\ninterests: {holland_code: AES}\n", mentions: ["p.yaml:1:", "id"]),
        yaml(
            "the reserved id CON", "id: CON\nname: {given: A}\ninterests: {holland_code: AES}\n",
            mentions: ["p.yaml:1:", "id", "reserves"]),
        yaml(
            "the reserved id nul.txt", "id: nul.txt\nname: {given: A}\ninterests: {holland_code: AES}\n",
            mentions: ["p.yaml:1:", "id", "reserves"]),
        yaml("a YAML alias bomb", aliasBomb, mentions: ["p.yaml"]),
        yaml(
            "a mapping where a text belongs", "id: {a: 1}\nname: {given: A}\ninterests: {holland_code: AES}\n",
            mentions: ["p.yaml:1:", "id"]),
    ]

    @Test("each bad profile gets exit 1 and a message naming the file and the line or field", arguments: cases)
    func badProfile(_ badCase: BadCase) throws {
        try check(badCase)
    }

    /// A "billion laughs" document: each alias doubles the one before.
    static let aliasBomb: String = {
        var text = "a0: &a0 [x, x]\n"
        for level in 1...30 { text += "a\(level): &a\(level) [*a\(level - 1), *a\(level - 1)]\n" }
        return text + "id: s-1\n"
    }()

    @Test("hostile text in a name is written escaped: no markup, no NUL, no control character in the HTML")
    func hostileName() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let name = "<script>alert(1)</script>\u{202E}\u{0}\u{7}\u{1B}[31m&amp;"
        try sandbox.write(
            "p.json",
            utf8(
                #"{"id": "s-1", "name": {"given": "\#(name.unicodeScalars.map { $0.value < 0x20 ? String(format: "\\u%04x", $0.value) : String($0) }.joined())"}, "interests": {"holland_code": "AES"}}"#
            ))
        let run = try CLI.bounded(["generate", "p.json", "--out", "out", "--format", "html,txt"], in: sandbox.work)
        #expect(!run.crashed && !run.timedOut)
        if run.status == 0 {
            let html = try Data(contentsOf: sandbox.work.appendingPathComponent("out/s-1.html"))
            let text = String(decoding: html, as: UTF8.self)
            #expect(!text.contains("<script>alert"))
            #expect(!html.contains(0), "a NUL byte reached the HTML")
            #expect(!html.contains(0x07) && !html.contains(0x1B), "a control character reached the HTML")
        } else {
            #expect(run.status == 1)
            #expect(run.stderr.contains("p.json") && run.stderr.contains("name.given"))
        }
        #expect(!run.stderr.contains("<script>"), "the name reached the error output")
    }
}

import Foundation
import Testing

@Suite("career-report generate: bad input gets one clear message and exit code 1")
struct ErrorTests {
    func run(_ arguments: [String], files: [String: String] = [:]) throws -> (CLI.Result, [String]) {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        let result = try CLI.run(arguments + ["--out", "out"], in: folder)
        let written =
            (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)) ?? []
        return (result, written)
    }

    @Test("a missing profile file")
    func missingFile() throws {
        let (result, written) = try run(["generate", "nowhere.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("nowhere.yaml: error: no such file"))
        #expect(written.isEmpty)
    }

    @Test("a YAML syntax error, with its line")
    func syntaxError() throws {
        let (result, written) = try run(
            ["generate", "bad.yaml"], files: ["bad.yaml": "id: s-1\nname: {given: A\ninterests: x\n"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.yaml:3:"))
        #expect(result.stderr.contains("not valid YAML"))
        #expect(written.isEmpty)
    }

    @Test("a missing id")
    func missingID() throws {
        let (result, written) = try run(
            ["generate", "noid.yaml"], files: ["noid.yaml": "name: {given: A}\ninterests: {holland_code: AES}\n"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("noid.yaml:1:1: error: id: the field is missing"))
        #expect(written.isEmpty)
    }

    @Test("an unknown --format writes nothing at all")
    func unknownFormat() throws {
        let (result, written) = try run(
            ["generate", "ok.yaml", "--format", "pdf,docx"],
            files: ["ok.yaml": "id: s-1\nname: {given: A}\ninterests: {holland_code: AES}\n"])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("error: --format: 'docx' is not a format; use one or more of pdf, html, txt, eml"))
        #expect(written.isEmpty)
    }

    @Test("one bad profile does not stop the good ones, and the exit code still says 1")
    func mixedBatch() throws {
        let (result, written) = try run(
            ["generate", "ok.yaml", "noid.yaml"],
            files: [
                "ok.yaml": "id: s-1\nname: {given: A}\ninterests: {holland_code: AES}\n",
                "noid.yaml": "name: {given: B}\n",
            ])
        #expect(result.status == 1)
        #expect(Set(written.filter { !$0.hasPrefix("careerreport-mark-") }) == ["s-1.pdf", "s-1.html"])
        #expect(written.count == 3, "the HTML's picture is written beside it: \(written)")
        #expect(result.stderr.contains("1 of 2 profiles failed"))
    }

    @Test("two profiles with the same id: the second is refused")
    func duplicateID() throws {
        let profile = "id: s-1\nname: {given: A}\ninterests: {holland_code: AES}\n"
        let (result, _) = try run(["generate", "a.yaml", "b.yaml"], files: ["a.yaml": profile, "b.yaml": profile])
        #expect(result.status == 1)
        #expect(result.stderr.contains("b.yaml: error: id: 's-1' is also the id of a.yaml"))
    }
}

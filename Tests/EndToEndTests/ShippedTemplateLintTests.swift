import EmailChecks
import Foundation
import Testing

@Suite("Every shipped student template makes email-safe HTML")
struct ShippedTemplateLintTests {
    /// Student-report templates under templates/ (class summaries are linted by the batch tests).
    static let templates: [String] = {
        let folder = CLI.repository.appendingPathComponent("templates")
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix("student-report.xml") }.sorted()
    }()

    @Test("the email lint finds nothing in any sample report", arguments: templates)
    func lint(template: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let profiles = ["jose-creative.yaml", "zoe-mix.json", "sam-technical.yaml"].map {
            CLI.repository.appendingPathComponent("samples/profiles/\($0)").path
        }
        let templatePath = CLI.repository.appendingPathComponent("templates/\(template)").path
        let result = try CLI.run(
            ["generate"] + profiles + ["--format", "html", "--template", templatePath, "--out", "."], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        for id in ["s-0001", "s-0002", "s-0003"] {
            let html = try String(contentsOf: folder.appendingPathComponent("\(id).html"), encoding: .utf8)
            #expect(EmailLint.problems(in: html) == [], "\(template), \(id)")
        }
    }
}

@Suite("The shipped class summary makes email-safe HTML")
struct ClassSummaryLintTests {
    @Test("the email lint finds nothing in the sample roster's class summary")
    func lint() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = CLI.repository.appendingPathComponent("samples/roster.csv").path
        let result = try CLI.run(["batch", roster, "--format", "html", "--out", ".", "--quiet"], in: folder)
        #expect(result.status == 2, "the sample roster has two bad rows on purpose: \(result.stderr)")
        let html = try String(contentsOf: folder.appendingPathComponent("class-summary.html"), encoding: .utf8)
        #expect(EmailLint.problems(in: html) == [])
    }
}

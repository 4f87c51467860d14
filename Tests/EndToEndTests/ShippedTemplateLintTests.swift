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

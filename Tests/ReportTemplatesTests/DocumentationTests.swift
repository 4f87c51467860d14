import Foundation
import ReportDocument
import ReportTemplates
import Testing

@Suite("docs/templates.md")
struct DocumentationTests {
    @Test func completeExampleIsAValidTemplate() throws {
        let guide = try String(
            contentsOf: TestFiles.repository.appendingPathComponent("docs/templates.md"), encoding: .utf8)
        let section = try #require(guide.components(separatedBy: "## A complete example").last)
        let fenced = try #require(section.components(separatedBy: "```").dropFirst().first)
        let example = String(fenced.dropFirst("xml\n".count))
        #expect(example.hasPrefix("<?xml"))

        let parsed = try ReportTemplate.parse(Array(example.utf8), fileName: "templates.md", schema: sharedSchema)
        #expect(parsed.warnings.isEmpty)
        let data: ReportValue = .r([
            "student": .r(["name": .r(["full": "Ana Ruiz", "given": "Ana"])]),
            "school": .r(["name": "Lincoln High", "website": "https://lincoln.example.org"]),
            "generated": "2026-11-29", "answered": 0.9,
            "careers": [.r(["title": "Nurse", "fit": 0.91])],
            "interests": [.r(["name": "Social", "score": 88, "isTop": true])],
            "counselor": .r(["name": "Mr. Lee"]),
        ])
        let document = try parsed.bind(data, theme: .standard)
        #expect(document.metadata.preheader == "Prepared on 29 November 2026")
    }
}

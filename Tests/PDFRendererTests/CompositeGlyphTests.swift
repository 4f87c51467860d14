import Foundation
import ReportDocument
import Testing

@testable import PDFRenderer

@Suite("Composite glyphs")
struct CompositeGlyphTests {
    /// `../shared/bench/tools/check_composites.py`: reads the embedded subsets back with fontTools.
    static let checker = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("../../../shared/bench/tools/check_composites.py").path
    /// Debian's python3 with python3-fonttools (installed by `make test-deps`), unless overridden.
    static let python = ProcessInfo.processInfo.environment["FONTTOOLS_PYTHON"] ?? "/usr/bin/python3"
    static var canCheck: Bool {
        FileManager.default.fileExists(atPath: checker)
            && (try? ExternalTool.run(python, ["-c", "import fontTools"]))??.status == 0
    }

    /// Fails with the checker's report when an embedded subset has a composite glyph with an
    /// empty component (an accent or an ideograph that would print blank).
    private func check(_ document: ReportDocument, as name: String) throws {
        let pdf = try PDFRenderer().render(document)
        let file = try ScratchDirectory().write(pdf.bytes, to: name)
        let check = try #require(try ExternalTool.run(Self.python, [Self.checker, file]))
        #expect(check.status == 0, "\(check.output)")
    }

    @Test(
        "Nested accents (Vietnamese, bold Czech) keep every component in the embedded subsets",
        .enabled(
            if: canCheck, "needs ../shared/bench/tools/check_composites.py and python3-fonttools: run make test-deps"))
    func keepsNestedAccentsInTheEmbeddedSubset() throws {
        let document = ReportDocument(
            metadata: DocumentMetadata(title: "Accents"),
            blocks: [
                .paragraph(Paragraph(content: [.text("Nguyễn Trần Thị Ánh, "), .strong([.text("Tomáš Dvořák")])]))
            ])
        try check(document, as: "accents.pdf")
    }

    @Test(
        "Ideographs from the CJK fallback font and accents in all four faces keep their components",
        .enabled(
            if: canCheck, "needs ../shared/bench/tools/check_composites.py and python3-fonttools: run make test-deps"),
        .enabled(
            if: FileManager.default.fileExists(atPath: ThemeFonts().fallback[0]),
            "Droid Sans Fallback is not installed: apt-get install fonts-droid-fallback"))
    func keepsIdeographComponentsInTheFallbackSubset() throws {
        try check(SampleDocuments.worldNames, as: "world.pdf")
    }
}

import Foundation
import ReportDocument
import Testing

@testable import PDFRenderer

@Suite("Composite glyphs")
struct CompositeGlyphTests {
    static let dejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

    @Test(.enabled(if: FileManager.default.fileExists(atPath: dejaVu)))
    func findsNestedComponents() throws {
        let table = try #require(CompositeGlyphTable(contentsOfFile: Self.dejaVu))
        #expect(table.glyphCount > 5000)
        let composites = (0..<UInt16(table.glyphCount)).filter { !table.components(of: $0).isEmpty }
        #expect(composites.count > 100)
        let nested = composites.first { glyph in
            table.components(of: glyph).contains { !table.components(of: $0).isEmpty }
        }
        let glyph = try #require(nested, "DejaVu Sans builds some letters from composites of composites")
        let direct = Set(table.components(of: glyph))
        #expect(table.components(reachableFrom: [glyph]).isStrictSuperset(of: direct))
    }

    /// `../shared/bench/tools/check_composites.py`: reads the embedded subsets back with fontTools.
    static let checker = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("../../../shared/bench/tools/check_composites.py").path
    /// Debian's python3 with python3-fonttools (installed by `make test-deps`), unless overridden.
    static let python = ProcessInfo.processInfo.environment["FONTTOOLS_PYTHON"] ?? "/usr/bin/python3"
    static var canCheck: Bool {
        FileManager.default.fileExists(atPath: checker)
            && (try? ExternalTool.run(python, ["-c", "import fontTools"]))??.status == 0
    }

    @Test(
        .enabled(
            if: canCheck, "needs ../shared/bench/tools/check_composites.py and python3-fonttools: run make test-deps"))
    func keepsNestedAccentsInTheEmbeddedSubset() throws {
        let document = ReportDocument(
            metadata: DocumentMetadata(title: "Accents"),
            blocks: [
                .paragraph(Paragraph(content: [.text("Nguyễn Trần Thị Ánh, "), .strong([.text("Tomáš Dvořák")])]))
            ])
        let pdf = try PDFRenderer().render(document)
        let file = try ScratchDirectory().write(pdf.bytes, to: "accents.pdf")
        let check = try #require(try ExternalTool.run(Self.python, [Self.checker, file]))
        #expect(check.status == 0, "\(check.output)")
    }
}

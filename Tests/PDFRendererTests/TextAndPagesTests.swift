import Foundation
import ReportDocument
import Testing

@testable import PDFRenderer

/// What a reader gets from the PDF: the text in reading order, every name in its script, the
/// pages and bookmarks, and nothing outside the margins.
@Suite("Text and pages")
struct TextAndPagesTests {
    static let hasPoppler = ExternalTool.path("pdftotext") != nil && ExternalTool.path("pdffonts") != nil
    static let hasDroid = FileManager.default.fileExists(atPath: ThemeFonts().fallback[0])

    private func write(_ pdf: RenderedPDF, _ name: String) throws -> String {
        let file = try ScratchDirectory().write(pdf.bytes, to: name)
        if let folder = ProcessInfo.processInfo.environment["PDF_SAMPLE_OUTPUT"] {
            try Data(pdf.bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
        }
        return file
    }

    @Test(
        "Latin, Polish, Vietnamese and Danish names come out of the PDF in reading order",
        .enabled(if: hasPoppler, "poppler-utils is not installed: run make test-deps"))
    func keepsNamesInReadingOrder() throws {
        let pdf = try PDFRenderer().render(SampleDocuments.worldNames)
        let text = try #require(try ExternalTool.run("pdftotext", [try write(pdf, "names.pdf"), "-"])).output
        let names = ["José Müller", "Zoë", "Łukasz Wróbel", "Nguyễn Thị Ánh", "Ørsted", "Nguyễn Trần", "Tomáš Dvořák"]
        let positions = names.map { text.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "\(text)")
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted(), "in reading order: \(text)")
    }

    @Test(
        "Chinese names are drawn with the CJK fallback font, embedded as a subset, and extract as text",
        .enabled(if: hasPoppler, "poppler-utils is not installed: run make test-deps"),
        .enabled(if: hasDroid, "Droid Sans Fallback is not installed: apt-get install fonts-droid-fallback"))
    func drawsIdeographsWithTheFallbackFont() throws {
        let pdf = try PDFRenderer().render(SampleDocuments.worldNames)
        #expect(pdf.warnings.isEmpty, "\(pdf.warnings)")
        let file = try write(pdf, "cjk.pdf")
        let text = try #require(try ExternalTool.run("pdftotext", [file, "-"])).output
        #expect(text.contains("Students: 王小明 and friends"))
        #expect(text.contains("Ørsted, 王小明 (明 行 需)"))
        let fonts = try #require(try ExternalTool.run("pdffonts", [file])).output
        let rows = fonts.split(separator: "\n").dropFirst(2)
        for face in ["DejaVuSans,Book", "DejaVuSans-Bold,Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"] {
            #expect(rows.contains { $0.contains("+\(face)") }, "\(face) is embedded: \(fonts)")
        }
        let droid = try #require(rows.first { $0.contains("DroidSansFallback") }, "\(fonts)")
        #expect(droid.contains(/^[A-Z]{6}\+/))
        for row in rows {
            #expect(
                Array(row.split(separator: " ").suffix(5).prefix(2)) == ["yes", "yes"], "embedded and subset: \(row)")
        }
    }

    @Test(
        "Windows-1252 text is drawn in simple WinAnsi fonts, letters with glyph names in simple fonts of the document's own encoding, the rest in small Unicode fonts; all extract",
        .enabled(if: hasPoppler, "poppler-utils is not installed: run make test-deps"))
    func choosesTheEncodingPerFont() throws {
        let western = "Zoë’s “plan” – café, résumé… € 5 • Ñúñez"
        let named = " Łukasz Şebnem Dvořák Ελένη Dương"
        var document = SampleDocuments.names
        document.blocks = [.paragraph(Paragraph(content: [.text(western), .strong([.text(named + " Nguyễn")])]))]
        let file = try write(try PDFRenderer().render(document), "encodings.pdf")
        let text = try #require(try ExternalTool.run("pdftotext", [file, "-"])).output
        #expect(text.contains(western + named) && text.contains("Nguyễn"), "\(text)")
        let fonts = try #require(try ExternalTool.run("pdffonts", [file])).output.split(separator: "\n").dropFirst(2)
        let regular = fonts.filter { $0.contains("DejaVuSans,Book") }
        let bold = fonts.filter { $0.contains("DejaVuSans-Bold") }
        #expect(regular.count == 1 && regular.allSatisfy { $0.contains(" TrueType ") }, "WinAnsi only: \(fonts)")
        #expect(bold.count == 3, "WinAnsi, the document's encoding (Ł Ş ř Greek ư ơ), Unicode (ễ): \(fonts)")
        #expect(bold.filter { $0.contains("CID TrueType") }.count == 1, "only ễ needs a Unicode font: \(fonts)")
    }

    @Test("The fallback font is not read or embedded when no character needs it")
    func leavesTheFallbackFontOutOfLatinText() throws {
        var document = SampleDocuments.names
        document.theme.fonts.fallback = ["/nonexistent/Fallback.ttf"]
        let pdf = try PDFRenderer().render(document)
        #expect(pdf.warnings.isEmpty, "\(pdf.warnings)")
        #expect(!String(decoding: pdf.bytes, as: UTF8.self).contains("Fallback"))
    }

    @Test("A fallback font that cannot be read gives a warning and its characters are left out")
    func warnsAboutAMissingFallbackFont() throws {
        var document = SampleDocuments.worldNames
        document.theme.fonts.fallback = ["/nonexistent/Fallback.ttf"]
        let pdf = try PDFRenderer().render(document)
        #expect(pdf.warnings.first?.hasPrefix("fallback font /nonexistent/Fallback.ttf could not be used") == true)
        #expect(pdf.warnings.contains { $0.hasPrefix("character U+738B \"王\" is not in any of the fonts") })
    }

    @Test(
        "Page count and bookmark titles are as laid out",
        .enabled(if: ExternalTool.path("qpdf") != nil, "qpdf is not installed: run make test-deps"))
    func writesPagesAndBookmarks() throws {
        let pdf = try PDFRenderer().render(SampleDocuments.full)
        let file = try write(pdf, "full.pdf")
        let json = try #require(
            try ExternalTool.run("qpdf", ["--json", "--json-key=pages", "--json-key=outlines", file]))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let pages = try #require(object["pages"] as? [Any])
        #expect(pages.count == pdf.pageCount)
        func titles(_ outlines: [[String: Any]]) -> [String] {
            outlines.flatMap { [$0["title"] as? String ?? "?"] + titles($0["kids"] as? [[String: Any]] ?? []) }
        }
        let outlines = try #require(object["outlines"] as? [[String: Any]])
        #expect(
            titles(outlines) == ["Career exploration report", "Your interests", "Careers that fit you", "Next steps"])
        #expect((outlines.first?["kids"] as? [Any])?.count == 3, "sections nest under the title")
    }

    @Test(
        "Long paragraphs, a 60-row table and a row taller than a page stay inside the margins",
        .enabled(if: hasPoppler, "poppler-utils is not installed: run make test-deps"),
        arguments: ["long", "tallRow"])
    func keepsEveryWordInsideTheMargins(sample: String) throws {
        let document = sample == "long" ? SampleDocuments.long : SampleDocuments.tallRow
        let pdf = try PDFRenderer().render(document)
        #expect(pdf.pageCount >= 2)
        let file = try write(pdf, "\(sample).pdf")
        let html = try #require(try ExternalTool.run("pdftotext", ["-bbox", file, "-"])).output
        let margin = document.theme.spacing.pageMargin
        let (width, height) = (595.28, 841.89)  // A4
        var words = 0
        for match in html.matches(of: /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</)
        {
            let (xMin, yMin, xMax, yMax) = (Double(match.1)!, Double(match.2)!, Double(match.3)!, Double(match.4)!)
            #expect(xMin >= margin - 0.5 && xMax <= width - margin + 0.5, "\(match.5) at x \(xMin)-\(xMax)")
            #expect(yMin >= margin - 0.5 && yMax <= height - margin + 0.5, "\(match.5) at y \(yMin)-\(yMax)")
            words += 1
        }
        #expect(words > 500)
        if sample == "tallRow" {
            let text = try #require(try ExternalTool.run("pdftotext", [file, "-"])).output
            let pages = text.split(separator: "\u{0C}").filter { $0.contains("Notes") }
            #expect(pages.count >= 2, "the header row repeats where the tall row continues")
            #expect(text.contains("Last"))
        }
    }
}

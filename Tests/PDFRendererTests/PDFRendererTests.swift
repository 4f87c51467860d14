import Foundation
import ReportDocument
import Testing

@testable import PDFRenderer

/// Copies a rendered PDF to the folder named by `PDF_SAMPLE_OUTPUT`, if set, for a person to look at.
private func keepForInspection(_ pdf: RenderedPDF, as name: String) throws {
    guard let folder = ProcessInfo.processInfo.environment["PDF_SAMPLE_OUTPUT"] else { return }
    try Data(pdf.bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
}

@Suite("PDF rendering")
struct PDFRendererTests {
    let renderer = PDFRenderer()

    @Test(.enabled(if: ExternalTool.path("qpdf") != nil, "qpdf is not installed: run make test-deps"))
    func producesAStructurallyValidPDF() throws {
        let pdf = try renderer.render(SampleDocuments.full)
        #expect(pdf.bytes.starts(with: Array("%PDF-".utf8)))
        #expect(pdf.warnings.isEmpty, "\(pdf.warnings)")
        let file = try ScratchDirectory().write(pdf.bytes, to: "full.pdf")
        try keepForInspection(pdf, as: "sample.pdf")
        let check = try #require(try ExternalTool.run("qpdf", ["--check", file]))
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("No syntax or stream encoding errors found"))
    }

    @Test(.enabled(if: ExternalTool.path("pdftotext") != nil, "pdftotext is not installed: run make test-deps"))
    func keepsAccentedNamesAsText() throws {
        let pdf = try renderer.render(SampleDocuments.names)
        let file = try ScratchDirectory().write(pdf.bytes, to: "names.pdf")
        let text = try #require(try ExternalTool.run("pdftotext", [file, "-"]))
        #expect(text.output.contains("José Müller"))
        #expect(text.output.contains("Zoë Ñúñez"))
    }

    @Test(
        "Every font is embedded as a subset, and only the faces the text uses",
        .enabled(if: ExternalTool.path("pdffonts") != nil, "pdffonts is not installed: run make test-deps"))
    func embedsTheFontsAsSubsets() throws {
        let pdf = try renderer.render(SampleDocuments.names)
        let file = try ScratchDirectory().write(pdf.bytes, to: "fonts.pdf")
        let fonts = try #require(try ExternalTool.run("pdffonts", [file]))
        let rows = fonts.output.split(separator: "\n").dropFirst(2)
        #expect(rows.count == 2, "regular and bold only: \(fonts.output)")
        for row in rows {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns[0].contains(/^[A-Z]{6}\+DejaVuSans/), "subset tag: \(row)")
            #expect(Array(columns.suffix(5).prefix(2)) == ["yes", "yes"], "embedded and subset: \(row)")
        }
        #expect(!fonts.output.contains("Oblique"), "italic is not used, so not embedded")
        #expect(pdf.bytes.count < 30_000, "subset fonts keep the file small: \(pdf.bytes.count) bytes")
    }

    @Test(
        "Emphasis in a heading and a table header is drawn in the bold italic face, which is loaded for it",
        .enabled(if: ExternalTool.path("pdffonts") != nil, "pdffonts is not installed: run make test-deps"))
    func loadsTheFacesTheLayoutUses() throws {
        for block in [
            Block.heading(Heading(level: 2, content: [.text("Plan "), .emphasis([.text("ahead")])])),
            .table(
                Table(
                    columns: [TableColumn(width: 1)], header: [[.emphasis([.text("When")])]], rows: [[[.text("Soon")]]],
                    caption: "Plans")),
        ] {
            let document = ReportDocument(metadata: DocumentMetadata(title: "Faces"), blocks: [block])
            let file = try ScratchDirectory().write(try renderer.render(document).bytes, to: "faces.pdf")
            let fonts = try #require(try ExternalTool.run("pdffonts", [file])).output
            #expect(fonts.contains("BoldOblique"), "\(fonts)")
        }
    }

    @Test(.enabled(if: ExternalTool.path("pdfinfo") != nil, "pdfinfo is not installed: run make test-deps"))
    func writesTheDocumentInformation() throws {
        let options = PDFOptions(creationDate: Date(timeIntervalSince1970: 1_750_000_000))
        let pdf = try PDFRenderer(options: options).render(SampleDocuments.names)
        let file = try ScratchDirectory().write(pdf.bytes, to: "info.pdf")
        let info = try #require(try ExternalTool.run("pdfinfo", [file]))
        #expect(info.output.contains("Title:           Career report: José Müller"))
        #expect(info.output.contains("Author:          Lincoln High"))
        #expect(info.output.contains("Producer:        CareerReport"))
        #expect(info.output.contains("CreationDate:") && info.output.contains("2025"))
        #expect(info.output.contains("Pages:           1"))
    }

    @Test(.enabled(if: ExternalTool.path("pdftotext") != nil, "pdftotext is not installed: run make test-deps"))
    func paginatesLongContentAndRepeatsTheTableHeader() throws {
        let pdf = try renderer.render(SampleDocuments.long)
        #expect(pdf.pageCount >= 3)
        let file = try ScratchDirectory().write(pdf.bytes, to: "long.pdf")
        try keepForInspection(pdf, as: "long.pdf")
        let text = try #require(try ExternalTool.run("pdftotext", ["-layout", file, "-"]))
        let pages = text.output.split(separator: "\u{0C}", omittingEmptySubsequences: false).filter {
            !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
        #expect(pages.count == pdf.pageCount)
        for (index, page) in pages.enumerated() {
            #expect(page.contains("Page \(index + 1) of \(pdf.pageCount)"))
        }
        let headerPages = pages.filter { $0.contains("Career") && $0.contains("Preparation") }
        #expect(headerPages.count >= 2, "the header row repeats on the table's second page")
        #expect(text.output.contains("Occupation 60"))
    }

    @Test func isByteIdenticalForTheSameInput() throws {
        let options = PDFOptions(creationDate: Date(timeIntervalSince1970: 1_750_000_000))
        let first = try PDFRenderer(options: options).render(SampleDocuments.full)
        let second = try PDFRenderer(options: options).render(SampleDocuments.full)
        #expect(first.bytes == second.bytes)
        let undated = try renderer.render(SampleDocuments.full).bytes
        #expect(undated == (try renderer.render(SampleDocuments.full).bytes))
        #expect(!String(decoding: undated, as: UTF8.self).contains("CreationDate"))
    }

    @Test("A report is the same bytes whatever the process rendered before it")
    func isTheSameAfterOtherReports() throws {
        let first = try renderer.render(SampleDocuments.names).bytes
        // Other glyphs of the same fonts, and fonts made for one document only (Ł, ễ, 王).
        _ = try renderer.render(SampleDocuments.worldNames)
        _ = try renderer.render(SampleDocuments.full)
        #expect(try renderer.render(SampleDocuments.names).bytes == first)
    }

    @Test func rendersConcurrently() async throws {
        let expected = try renderer.render(SampleDocuments.full).bytes
        let renderer = self.renderer
        try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<6 { group.addTask { try renderer.render(SampleDocuments.full).bytes } }
            for try await bytes in group { #expect(bytes == expected) }
        }
    }

    @Test func reportsAMissingFontAndRecovers() throws {
        var document = SampleDocuments.names
        document.theme.fonts.regular = "/nonexistent/NoSuchFont.ttf"
        do {
            _ = try renderer.render(document)
            Issue.record("rendering with a missing font should fail")
        } catch {
            #expect(error.operation == "load font /nonexistent/NoSuchFont.ttf")
            #expect(error.reason == .fontUnreadable(errno: ENOENT))
            #expect(error.description.contains("/nonexistent/NoSuchFont.ttf"))
            #expect(!error.description.contains("libharu error"))
            #expect(error.message.contains("fonts-dejavu-core"))
        }
        let pdf = try renderer.render(SampleDocuments.names)
        #expect(pdf.pageCount == 1)
    }

    @Test("A libharu failure becomes a PDFError naming the operation, and the next report still renders")
    func turnsALibharuErrorIntoASwiftError() throws {
        var document = SampleDocuments.names
        document.theme.sizes.heading1 = 900  // libharu refuses font sizes above 600 points
        do {
            _ = try renderer.render(document)
            Issue.record("a 900-point heading should fail")
        } catch {
            #expect(error.operation == "set font DejaVuSans-Bold,Bold", "\(error)")
            guard case .libharu(code: 0x1050, _) = error.reason else {
                Issue.record("expected libharu error 0x1050, got \(error)")
                return
            }
            #expect(error.description.contains("libharu error 0x1050"))
        }
        let pdf = try renderer.render(SampleDocuments.names)
        #expect(pdf.pageCount == 1)
    }

    @Test("Characters no font has, characters above U+FFFF and complex scripts are left out with a warning")
    func leavesOutAndReportsCharactersTheFontCannotShow() throws {
        let document = ReportDocument(
            metadata: DocumentMetadata(title: "Emoji"),
            blocks: [.paragraph(Paragraph(content: [.text("Great work 😀 and ሀ and 𝄞, سارة and दीपक.")]))])
        let pdf = try renderer.render(document)
        #expect(
            pdf.warnings.contains(
                "character U+1F600 \"😀\" is above U+FFFF, which the PDF fonts cannot show, and was left out"))
        #expect(
            pdf.warnings.contains { $0.hasPrefix("character U+1200 \"ሀ\" is not in any of the fonts DejaVuSans, ") })
        #expect(pdf.warnings.contains { $0.contains("U+1D11E") })
        #expect(
            pdf.warnings.contains(
                "text \"سارة\" (U+0633...) is in Arabic, a right-to-left script the PDF cannot lay out (its letters would come out disconnected and in the wrong order), and was left out; the HTML report shows it correctly"
            ))
        #expect(pdf.warnings.contains { $0.hasPrefix("text \"दीपक\" (U+0926...) is in Devanagari") })
    }

    @Test("With strict glyphs, text the PDF cannot show is an error naming the characters")
    func strictGlyphsMakesMissingCharactersAnError() throws {
        let document = ReportDocument(
            metadata: DocumentMetadata(title: "Strict"),
            blocks: [.paragraph(Paragraph(content: [.text("Great work 😀 and שלום")]))])
        var options = PDFOptions()
        options.strictGlyphs = true
        do {
            _ = try PDFRenderer(options: options).render(document)
            Issue.record("strict glyphs should refuse an emoji")
        } catch {
            #expect(error.operation == "set text")
            guard case .missingGlyphs(let problems) = error.reason else {
                Issue.record("expected missing glyphs, got \(error)")
                return
            }
            #expect(problems.count == 2)
            #expect(problems.contains { $0.contains("U+1F600 \"😀\"") })
            #expect(problems.contains { $0.contains("Hebrew") })
            #expect(error.description.hasPrefix("PDF: set text failed: character U+1F600"))
        }
        #expect(try PDFRenderer(options: options).render(SampleDocuments.names).warnings.isEmpty)
    }

    @Test(.enabled(if: ExternalTool.path("qpdf") != nil, "qpdf is not installed: run make test-deps"))
    func addsBookmarksAndLinks() throws {
        let pdf = try renderer.render(SampleDocuments.full)
        let file = try ScratchDirectory().write(pdf.bytes, to: "links.pdf")
        let qpdf = try #require(try ExternalTool.run("qpdf", ["--qdf", "--object-streams=disable", file, "-"]))
        #expect(qpdf.output.contains("/Outlines"))
        #expect(qpdf.output.contains("(https://www.mynextmove.org)"))
        #expect(qpdf.output.contains("/Subtype /Link"))
        #expect(qpdf.output.contains("/Dest"))
    }
}

import Foundation
import ReportDocument
import Testing

@testable import PDFRenderer

@Suite("Tagged PDF")
struct TaggingTests {
    /// Each page's commands as the renderer draws them, page decorations included, and the structure tree.
    private func pages(_ document: ReportDocument) -> (pages: [[DrawCommand]], structure: StructureTree) {
        let laidOut = fixedWidthPages(document)
        return (laidOut.pages, laidOut.structure)
    }

    @Test(
        "everything a page draws is tagged, as an element's content or as an artifact",
        arguments: [SampleDocuments.full, SampleDocuments.long, SampleDocuments.tallRow, SampleDocuments.worldNames])
    func everythingIsTagged(document: ReportDocument) {
        for (number, commands) in pages(document).pages.enumerated() {
            var tagged = false
            for command in commands {
                if case .tag = command {
                    tagged = true
                } else {
                    #expect(tagged, "page \(number + 1): \(command) is drawn before any tag")
                }
            }
        }
    }

    @Test("a repeated table header row is an artifact, and its links are not repeated")
    func repeatedHeaderIsAnArtifact() {
        let pages = pages(SampleDocuments.tallRow).pages
        let header = "Header"
        var headerTags: [[ContentTag]] = []
        for commands in pages {
            var current: ContentTag?
            var tags: [ContentTag] = []
            for command in commands {
                if case .tag(let tag) = command { current = tag }
                if case .text(let text, _, _, _, _, _) = command, text == header, let current { tags.append(current) }
            }
            headerTags.append(tags)
        }
        #expect(pages.count > 1)
        #expect(headerTags.first?.allSatisfy { if case .element = $0 { true } else { false } } == true)
        for tags in headerTags.dropFirst() { #expect(tags.allSatisfy { $0 == .artifact }) }
    }

    @Test("headings never skip a level: the first is an H1, each one below the last shallower one")
    func headingLevels() {
        let tree = StructureTree()
        let headings = [2, 3, 1, 3, 3, 2].map { tree.addHeading(level: $0, under: StructureTree.root) }
        let roles = headings.map { tree.elements[$0].role }
        #expect(roles == [.heading1, .heading2, .heading1, .heading2, .heading2, .heading2])
        let more = [1, 3, 2, 3].map { tree.addHeading(level: $0, under: StructureTree.root) }
        #expect(more.map { tree.elements[$0].role } == [.heading1, .heading2, .heading2, .heading3])
    }

    @Test("a chart's alternative text states its title and every bar's label and value")
    func chartAlternativeText() {
        let chart = BarChart(
            title: "Interest scores", maximum: 40,
            bars: [
                Bar(label: "Investigative", value: 34, valueText: "34 / 40"),
                Bar(label: "Artistic", value: 29, valueText: "29 / 40"),
            ])
        #expect(
            BlockLayout<FixedWidthFonts>.alternativeText(of: chart)
                == "Interest scores: Investigative 34 / 40; Artistic 29 / 40")
    }

    @Test("the structure follows the document: sections, headings, paragraphs, lists, tables, figures, links")
    func structureOfTheFullSample() throws {
        let structure = pages(SampleDocuments.full).structure
        let roles = Set(structure.elements.map(\.role))
        for role in [
            StructureRole.section, .heading1, .heading2, .heading3, .paragraph, .division, .list, .listItem,
            .listBody, .label, .table, .tableRow, .headerCell, .dataCell, .figure, .link,
        ] {
            #expect(roles.contains(role), "no \(role.rawValue)")
        }
        let headers = structure.elements.filter { $0.role == .headerCell }
        #expect(headers.allSatisfy { $0.scope == .column })
        let link = try #require(structure.elements.firstIndex { $0.role == .link })
        #expect(structure.text(of: link) == "your careers")
    }

    @Test("the ToUnicode map lists each character the font draws, at most 100 to a block")
    func toUnicodeMap() {
        let characters = (0x4E00..<0x4E00 + 150).compactMap(Unicode.Scalar.init)
        let program = String(decoding: ToUnicodeMap(characters: characters).program, as: UTF8.self)
        #expect(program.contains("100 beginbfchar\n<4E00> <4E00>\n"))
        #expect(program.contains("50 beginbfchar\n<4E64> <4E64>\n"))
        #expect(program.contains("<4E95> <4E95>\nendbfchar\n"))
        #expect(!program.contains("begincidrange"))
    }

    @Test("the XMP metadata names the title (escaped), the language and PDF/UA-1")
    func xmp() {
        let packet = XMPMetadata(title: "Career report: Zoë & <friends>", language: "es", producer: "CareerReport")
            .packet
        #expect(packet.contains("<rdf:li xml:lang=\"x-default\">Career report: Zoë &amp; &lt;friends&gt;</rdf:li>"))
        #expect(packet.contains("<dc:language><rdf:Bag><rdf:li>es</rdf:li></rdf:Bag></dc:language>"))
        #expect(packet.contains("<pdfuaid:part>1</pdfuaid:part>"))
    }

    @Test(
        "the rendered PDF is tagged: structure tree, language, marked content",
        .enabled(if: ExternalTool.path("pdfinfo") != nil, "needs pdfinfo (poppler-utils): run make test-deps"))
    func renderedPDFIsTagged() throws {
        let pdf = try PDFRenderer().render(SampleDocuments.full)
        let path = try ScratchDirectory().write(pdf.bytes, to: "tagged.pdf")
        let info = try #require(try ExternalTool.run("pdfinfo", [path]))
        #expect(info.output.contains("Tagged:          yes"))
        #expect(info.output.contains("PDF version:     1.7"))
        let tree = try #require(try ExternalTool.run("pdfinfo", ["-struct-text", path])).output
        #expect(tree.hasPrefix("Document\n  Sect\n    H1 (block)\n      \"Career exploration report\""))
        #expect(tree.contains("    Figure\n"))
        #expect(tree.contains("Link (inline)\n          \"your \"\n          \"careers\"\n          Object "))
    }
}

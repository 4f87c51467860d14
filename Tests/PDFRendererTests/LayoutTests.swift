import ReportDocument
import Testing

@testable import PDFRenderer

@Suite("Layout")
struct LayoutTests {
    /// Lays out and paginates `document` with fixed-width fonts, decorations included.
    private func pages(_ document: ReportDocument) -> (PaginatedContent, [[DrawCommand]], PageGeometry) {
        let laidOut = fixedWidthPages(document)
        return (laidOut.content, laidOut.pages, laidOut.geometry)
    }

    @Test(arguments: [
        SampleDocuments.full, SampleDocuments.long, SampleDocuments.names, SampleDocuments.worldNames,
        SampleDocuments.tallRow,
    ])
    func drawsNothingOutsideTheMargins(document: ReportDocument) {
        let (_, pages, geometry) = pages(document)
        let left = geometry.margin - 0.01
        let right = geometry.width - geometry.margin + 0.01
        let top = -geometry.headerHeight - 0.01
        let bottom = geometry.contentHeight + geometry.footerHeight + 0.01
        for commands in pages {
            for command in commands {
                switch command {
                case .text(let text, let x, let y, _, let size, _):
                    let width = FixedWidthFonts().width(of: text, font: .face(.regular), size: size)
                    #expect(x >= left && x + width <= right, "\(text) at x \(x)")
                    #expect(y - size >= top && y + size * 0.3 <= bottom, "\(text) at y \(y)")
                case .rectangle(let x, let y, let width, let height, _), .link(_, let x, let y, let width, let height),
                    .image(_, let x, let y, let width, let height):
                    #expect(x >= left && x + width <= right && y >= top && y + height <= bottom, "\(command)")
                case .horizontalLine(let fromX, let toX, let y, _, _):
                    #expect(fromX >= left && toX <= right && y >= top && y <= bottom, "\(command)")
                case .tag:
                    break
                }
            }
        }
    }

    @Test func placesAnchorsAndBookmarksOfSections() {
        let (content, _, _) = pages(SampleDocuments.full)
        #expect(content.anchors["careers"] != nil)
        #expect(
            content.bookmarks.map(\.bookmark) == [
                Bookmark(title: "Career exploration report", level: 1), Bookmark(title: "Your interests", level: 2),
                Bookmark(title: "Careers that fit you", level: 2), Bookmark(title: "Next steps", level: 2),
            ])
    }

    @Test func numbersListItemsAndHangsTheMarkers() {
        let list = ListBlock(
            style: .numbered, items: (1...12).map { [.paragraph(Paragraph(content: [.text("Item \($0)")]))] })
        let document = ReportDocument(metadata: DocumentMetadata(title: "List"), blocks: [.list(list)])
        let (_, pages, geometry) = pages(document)
        let texts = pages[0].compactMap { if case .text(let text, let x, _, _, _, _) = $0 { (text, x) } else { nil } }
        let markers = texts.filter { $0.0.hasSuffix(".") }
        #expect(markers.map(\.0) == (1...12).map { "\($0)." })
        #expect(markers.allSatisfy { $0.1 >= geometry.margin })
        let items = texts.filter { $0.0.hasPrefix("Item") }
        #expect(Set(items.map(\.1)).count == 1, "item text shares one indent")
    }

    @Test("Ideographs go to the fallback font; the rest of the line stays in the face's font")
    func movesCharactersTheFaceLacksToTheFallbackFont() {
        let (_, pages, _) = pages(SampleDocuments.worldNames)
        let texts = pages[0].compactMap { command -> (String, FontChoice)? in
            if case .text(let text, _, _, let font, _, _) = command { (text, font) } else { nil }
        }
        #expect(texts.contains { $0 == ("王小明", .fallback(0)) })
        #expect(texts.contains { $0.0.hasPrefix("José Müller") && $0.1 == .face(.regular) })
        #expect(texts.contains { $0.0.contains("Tomáš") && $0.1 == .face(.boldItalic) })
    }

    @Test("A table row taller than a page continues on the next page, below the repeated header")
    func splitsATableRowTallerThanAPage() {
        let (content, pages, _) = pages(SampleDocuments.tallRow)
        #expect(content.pages.count >= 2)
        let headers = pages.map { page in
            page.filter { if case .text("Notes", _, _, _, _, _) = $0 { true } else { false } }.count
        }
        #expect(headers[0] == 2, "the heading and the header cell")
        #expect(headers[1] == 1, "the header cell repeats")
    }
}

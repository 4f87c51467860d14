import ReportDocument

@testable import PDFRenderer

/// Layout tests' shared step: `document` laid out and paginated as the renderer does, with
/// ``FixedWidthFonts``; the layout is returned too, for page decorations.
func fixedWidthLayout(_ document: ReportDocument) -> (
    content: PaginatedContent, geometry: PageGeometry, layout: BlockLayout<FixedWidthFonts>
) {
    let geometry = PageGeometry(document)
    var layout = BlockLayout(
        fonts: FixedWidthFonts(), theme: document.theme, palette: ThemePalette(document.theme.colors),
        warnings: WarningLog(),
        pageContentHeight: geometry.contentHeight)
    let items = layout.layout(document.blocks, x: geometry.contentLeft, width: geometry.contentWidth)
    let content = Paginator(contentHeight: geometry.contentHeight).paginate(items)
    return (content, geometry, layout)
}

/// `document` laid out as by ``fixedWidthLayout(_:)``, with each page's commands as the renderer
/// draws them, running header and footer included, and the structure tree the layout built.
func fixedWidthPages(_ document: ReportDocument) -> (
    content: PaginatedContent, pages: [[DrawCommand]], geometry: PageGeometry, structure: StructureTree
) {
    let (content, geometry, laidOut) = fixedWidthLayout(document)
    var layout = laidOut
    let pages = content.pages.indices.map { index in
        content.pages[index].commands
            + [document.header, document.footer].enumerated().flatMap { kind, decoration in
                decoration.map {
                    layout.decoration(
                        $0, page: index + 1, of: content.pages.count, geometry: geometry, isHeader: kind == 0)
                } ?? []
            }
    }
    return (content, pages, geometry, layout.structure)
}

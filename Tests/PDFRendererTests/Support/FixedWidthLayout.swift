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

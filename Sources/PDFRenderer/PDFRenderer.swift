import ReportDocument

/// Renders a ``ReportDocument`` as PDF bytes with libharu.
///
/// Each call builds and frees its own libharu document, so one renderer may be used from
/// many tasks at once. The same document and options always give the same bytes.
public struct PDFRenderer: Sendable {
    /// Settings that are not part of the document.
    public var options: PDFOptions

    /// Creates a renderer.
    public init(options: PDFOptions = PDFOptions()) {
        self.options = options
    }

    /// Renders `document` as a PDF file: text in the theme's TrueType fonts (embedded and
    /// subset), pages with header and footer, bookmarks and links.
    ///
    /// Throws a ``PDFError`` when a font cannot be loaded or libharu fails; characters the fonts
    /// cannot show are left out and reported in ``RenderedPDF/warnings``.
    public func render(_ document: ReportDocument) throws(PDFError) -> RenderedPDF {
        let pdf = try HaruDocument()
        try DocumentInfo.write(document.metadata, options: options, to: pdf)
        let fonts = try FontSet(document.theme.fonts, faces: FaceUsage.faces(in: document), document: pdf)

        var warnings = WarningLog()
        let palette = Palette(document.theme.colors, warnings: &warnings)
        var layout = BlockLayout(fonts: fonts, theme: document.theme, palette: palette, warnings: warnings)
        let geometry = PageGeometry(document)
        let items = layout.layout(document.blocks, x: geometry.contentLeft, width: geometry.contentWidth)
        let content = Paginator(contentHeight: geometry.contentHeight).paginate(items)
        try pdf.checkRecordedError("measure text")

        var pages: [HaruPage] = []
        for _ in content.pages { pages.append(try pdf.addPage(width: geometry.width, height: geometry.height)) }
        let links = LinkWriter(pages: pages, geometry: geometry, anchors: content.anchors)
        for (index, pageContent) in content.pages.enumerated() {
            var commands = pageContent.commands
            if let header = document.header {
                commands += layout.decoration(
                    header, page: index + 1, of: pages.count, geometry: geometry, isHeader: true)
            }
            if let footer = document.footer {
                commands += layout.decoration(
                    footer, page: index + 1, of: pages.count, geometry: geometry, isHeader: false)
            }
            let drawer = PageDrawer(page: pages[index], fonts: fonts, geometry: geometry)
            try links.write(try drawer.draw(commands), onPage: index, warnings: &layout.warnings)
        }
        try OutlineWriter(pages: pages, geometry: geometry).write(content.bookmarks, to: pdf)
        try pdf.checkRecordedError("draw pages")

        fonts.keepCompositeGlyphComponents()
        let bytes = try pdf.save()
        return RenderedPDF(bytes: bytes, pageCount: pages.count, warnings: layout.warnings.messages)
    }
}

import ReportDocument

/// Renders a ``ReportDocument`` as PDF bytes with libharu.
///
/// Each call renders into a libharu document of its own, so one renderer may be used from many
/// tasks at once; font files, compressed pictures and libharu documents (with their fonts
/// loaded) are reused between calls through the renderer's ``PDFCaches``. The same document and
/// options always give the same bytes, whatever the caches hold.
public struct PDFRenderer: Sendable {
    /// Settings that are not part of the document.
    public var options: PDFOptions
    /// What is kept from one render to the next; share one between renderers of a run.
    public let caches: PDFCaches

    /// Creates a renderer with `caches` (default: its own, empty).
    public init(options: PDFOptions = PDFOptions(), caches: PDFCaches = PDFCaches()) {
        self.options = options
        self.caches = caches
    }

    /// Renders `document` as a PDF file: text in the theme's TrueType fonts, each cut down to
    /// the characters drawn and embedded, with fallback fonts for characters the faces lack;
    /// pages with header and footer, bookmarks and links.
    ///
    /// Throws a ``PDFError`` when a font cannot be loaded or libharu fails. Text the fonts
    /// cannot show is left out and reported in ``RenderedPDF/warnings``, or, with
    /// ``PDFOptions/strictGlyphs``, throws.
    public func render(_ document: ReportDocument) throws(PDFError) -> RenderedPDF {
        let fonts = try FontSet(document.theme.fonts, faces: FaceUsage.faces(in: document), caches: caches)
        let geometry = PageGeometry(document)
        var layout = BlockLayout(
            fonts: fonts, theme: document.theme, palette: caches.palette(for: document.theme.colors),
            warnings: WarningLog(),
            pageContentHeight: geometry.contentHeight)
        let items = layout.layout(document.blocks, x: geometry.contentLeft, width: geometry.contentWidth)
        let content = Paginator(contentHeight: geometry.contentHeight).paginate(items)
        var pageCommands: [[DrawCommand]] = []
        for (index, page) in content.pages.enumerated() {
            var commands = page.commands
            for (decoration, isHeader) in [(document.header, true), (document.footer, false)] {
                guard let decoration else { continue }
                commands += layout.decoration(
                    decoration, page: index + 1, of: content.pages.count, geometry: geometry, isHeader: isHeader)
            }
            pageCommands.append(commands)
        }
        if options.strictGlyphs, !layout.warnings.glyphProblems.isEmpty {
            throw PDFError(operation: "set text", reason: .missingGlyphs(layout.warnings.glyphProblems))
        }

        var linkWarnings = layout.warnings
        let bytes = try write(
            pageCommands, document, fonts: fonts, content: content, structure: layout.structure,
            warnings: &linkWarnings)
        return RenderedPDF(
            bytes: bytes, pageCount: pageCommands.count, warnings: fonts.warnings + linkWarnings.messages)
    }

    /// Builds and saves the libharu document of laid-out pages.
    private func write(
        _ pageCommands: [[DrawCommand]], _ document: ReportDocument, fonts: FontSet, content: PaginatedContent,
        structure: StructureTree, warnings: inout WarningLog
    ) throws(PDFError) -> [UInt8] {
        try caches.withDocument { pdf throws(PDFError) in
            try write(
                pageCommands, document, fonts: fonts, content: content, structure: structure, warnings: &warnings,
                into: pdf)
        }
    }

    /// Builds the laid-out pages in the started document `pdf` and saves it.
    private func write(
        _ pageCommands: [[DrawCommand]], _ document: ReportDocument, fonts: FontSet, content: PaginatedContent,
        structure: StructureTree, warnings: inout WarningLog, into pdf: HaruDocument
    ) throws(PDFError) -> [UInt8] {
        let geometry = PageGeometry(document)
        try DocumentInfo.write(document.metadata, options: options, to: pdf)
        let embedded = try EmbeddedFonts(drawing: pageCommands, fonts: fonts, into: pdf)
        var pages: [HaruPage] = []
        for _ in pageCommands { pages.append(try pdf.addPage(width: geometry.width, height: geometry.height)) }
        let objects = HaruObjects(document: pdf, operation: "tag the document")
        let links = LinkWriter(
            pages: pages, geometry: geometry, anchors: content.anchors, structure: structure, objects: objects)
        let images = DocumentImages(document: pdf, caches: caches)
        var annotations: [HaruAnnotation] = []
        for (index, commands) in pageCommands.enumerated() {
            let drawer = PageDrawer(
                page: pages[index], fonts: embedded, images: images, geometry: geometry, structure: structure,
                pageIndex: index)
            annotations += try links.write(try drawer.draw(commands), onPage: index, warnings: &warnings)
        }
        let structureRoot = try StructureWriter(objects: objects, pages: pages).write(
            structure, annotations: annotations)
        try AccessibleCatalog.write(
            structureRoot: structureRoot, metadata: document.metadata, producer: options.producer, objects: objects)
        try OutlineWriter(pages: pages, geometry: geometry).write(content.bookmarks, to: pdf)
        try pdf.checkRecordedError("draw pages")
        try embedded.embed(into: pdf)
        try pdf.compress(pages)
        return try pdf.save()
    }
}

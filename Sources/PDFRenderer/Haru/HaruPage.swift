internal import CHaru
import ReportDocument

/// One page of a ``HaruDocument``: drawing operations in PDF coordinates
/// (points, origin at the bottom-left corner).
struct HaruPage {
    /// The libharu handle; valid while `document` lives.
    let handle: HPDF_Page
    /// The document the page belongs to; checks every call.
    let document: HaruDocument

    /// Writes `operators` into the page's content as they are (marked content, which libharu
    /// has no function for).
    func writeOperators(_ operators: PDFEntries) throws(PDFError) {
        let status = operators.bytes.withUnsafeBufferPointer { buffer in
            charu_write_page_operators(handle, buffer.baseAddress, HPDF_UINT(buffer.count))
        }
        try document.check(status, "mark content")
    }

    /// Starts a block of text operations.
    func beginText() throws(PDFError) {
        try document.check(HPDF_Page_BeginText(handle), "begin text")
    }

    /// Ends a block of text operations.
    func endText() throws(PDFError) {
        try document.check(HPDF_Page_EndText(handle), "end text")
    }

    /// Selects the font and size of the following text.
    func setFont(_ font: HaruFont, size: Double) throws(PDFError) {
        try document.check(HPDF_Page_SetFontAndSize(handle, font.handle, Float(size)), "set font \(font.name)")
    }

    /// Sets the colour of filled shapes and text.
    func setFillColor(_ color: RGBColor) throws(PDFError) {
        try document.check(
            HPDF_Page_SetRGBFill(handle, Float(color.red), Float(color.green), Float(color.blue)),
            "set fill colour")
    }

    /// Sets the colour of stroked lines.
    func setStrokeColor(_ color: RGBColor) throws(PDFError) {
        try document.check(
            HPDF_Page_SetRGBStroke(handle, Float(color.red), Float(color.green), Float(color.blue)),
            "set stroke colour")
    }

    /// Draws `text` in `font` (the current font) with its baseline starting at (`x`, `y`);
    /// must be inside begin/end text.
    func showText(_ text: String, in font: HaruFont, x: Double, y: Double) throws(PDFError) {
        let status =
            if let bytes = font.transcoded(text) {
                HPDF_Page_TextOut(handle, Float(x), Float(y), bytes)
            } else {
                HPDF_Page_TextOut(handle, Float(x), Float(y), text)
            }
        try document.check(status, "draw text")
    }

    /// Fills a rectangle whose bottom-left corner is (`x`, `y`).
    func fillRectangle(x: Double, y: Double, width: Double, height: Double) throws(PDFError) {
        try document.check(
            HPDF_Page_Rectangle(handle, Float(x), Float(y), Float(width), Float(height)), "draw rectangle")
        try document.check(HPDF_Page_Fill(handle), "fill rectangle")
    }

    /// Strokes a straight line of `width` points.
    func strokeLine(fromX: Double, fromY: Double, toX: Double, toY: Double, width: Double) throws(PDFError) {
        try document.check(HPDF_Page_SetLineWidth(handle, Float(width)), "set line width")
        try document.check(HPDF_Page_MoveTo(handle, Float(fromX), Float(fromY)), "move to")
        try document.check(HPDF_Page_LineTo(handle, Float(toX), Float(toY)), "draw line")
        try document.check(HPDF_Page_Stroke(handle), "stroke line")
    }

    /// A destination showing this page scrolled so that `top` (PDF y) is at the window's top.
    func destination(top: Double) throws(PDFError) -> HaruDestination {
        let destination = try document.require(HPDF_Page_CreateDestination(handle), "create destination")
        try document.check(HPDF_Destination_SetFitH(destination, Float(top)), "set destination position")
        return HaruDestination(handle: destination)
    }

    /// Makes the rectangle (PDF coordinates) a borderless link to `uri`, printed with the page.
    func addLink(to uri: String, left: Double, bottom: Double, right: Double, top: Double) throws(PDFError)
        -> HaruAnnotation
    {
        let rect = HPDF_Rect(left: Float(left), bottom: Float(bottom), right: Float(right), top: Float(top))
        let annotation = try document.require(
            HPDF_Page_CreateURILinkAnnot(handle, rect, uri), "create link to \(uri)")
        return try printedWithoutBorder(annotation)
    }

    /// Makes the rectangle (PDF coordinates) a borderless link to a place in the document,
    /// printed with the page.
    func addLink(
        to destination: HaruDestination, left: Double, bottom: Double, right: Double, top: Double
    ) throws(PDFError) -> HaruAnnotation {
        let rect = HPDF_Rect(left: Float(left), bottom: Float(bottom), right: Float(right), top: Float(top))
        let annotation = try document.require(
            HPDF_Page_CreateLinkAnnot(handle, rect, destination.handle), "create internal link")
        return try printedWithoutBorder(annotation)
    }

    private func printedWithoutBorder(_ annotation: HPDF_Annotation) throws(PDFError) -> HaruAnnotation {
        try document.check(HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0), "hide link border")
        try document.check(HPDF_Dict_AddNumber(annotation, "F", 4), "print link")
        return HaruAnnotation(handle: annotation)
    }
}

/// A link annotation of a page.
struct HaruAnnotation {
    /// The libharu handle (the annotation's dictionary); valid while the document lives.
    let handle: HPDF_Annotation
}

/// A place in the document (a page and a scroll position) that links and bookmarks go to.
struct HaruDestination {
    /// The libharu handle; valid while the document lives.
    let handle: HPDF_Destination
}

import ReportDocument

/// Where things go on a page: the paper, the margins, the header and footer bands and the
/// content area between them, all inside the margins.
///
/// Layout coordinates: x from the paper's left edge, y downward from the content area's top
/// (the header band has negative y, the footer band y beyond ``contentHeight``).
struct PageGeometry {
    /// Paper width in points.
    var width: Double
    /// Paper height in points.
    var height: Double
    /// The margin on every side.
    var margin: Double
    /// Height of the header band (text, gap and rule) above the content; 0 without a header.
    var headerHeight: Double
    /// Height of the footer band below the content; 0 without a footer.
    var footerHeight: Double
    /// The height of one header or footer line.
    var decorationLineHeight: Double

    /// The geometry of `document`'s pages.
    init(_ document: ReportDocument) {
        let paper = document.metadata.pageSize.points
        width = paper.width
        height = paper.height
        margin = max(0, min(document.theme.spacing.pageMargin, paper.width / 4))
        decorationLineHeight = document.theme.sizes.pageDecoration * document.theme.sizes.lineHeight
        let band = decorationLineHeight + document.theme.sizes.pageDecoration * 1.6
        headerHeight = document.header == nil ? 0 : band
        footerHeight = document.footer == nil ? 0 : band
    }

    /// The left edge of the content area.
    var contentLeft: Double { margin }
    /// The width of the content area.
    var contentWidth: Double { width - 2 * margin }
    /// The height of the content area.
    var contentHeight: Double { height - 2 * margin - headerHeight - footerHeight }
    /// The top of the header line, in layout coordinates.
    var headerTop: Double { -headerHeight }
    /// The top of the footer line, in layout coordinates.
    var footerTop: Double { contentHeight + footerHeight - decorationLineHeight }

    /// The PDF y coordinate (upward from the paper's bottom) of layout coordinate `y`.
    func pdfY(_ y: Double) -> Double {
        height - margin - headerHeight - y
    }
}

import ReportDocument

/// The theme turned into what an email needs: pixel sizes and ready-made inline style values.
///
/// Theme sizes are points; on screen they become CSS pixels at the CSS ratio of 96/72
/// (10.5 pt body text is 14 px, the size email guidance asks for). Every style string here
/// is already escaped for use inside a double-quoted `style` attribute.
struct EmailStyles {
    /// Checked theme colours.
    let palette: EmailPalette
    /// Width of the content column in px.
    let contentWidth: Int
    /// Horizontal padding of the content column in px (desktop; the media query narrows it).
    let sidePadding = 32
    /// Space below a paragraph, list, table or chart, in px.
    let blockGap: Int
    /// Extra space above a level 2 or 3 heading, in px.
    let headingGap: Int
    /// Indent of list item text, in px.
    let listIndent: Int
    /// Padding inside table cells and callouts, in px.
    let cellPadding: Int
    /// Body text size in px.
    let bodySize: Int

    /// Body-size text in the text colour, regular and bold, and in the heading colour, bold.
    let bodyText: String
    let bodyTextBold: String
    let bodyHeadingBold: String
    /// Style of the level 1 heading set in the title band.
    let titleBandHeading: String
    /// Style of small print (captions, chart value text) in the muted colour.
    let caption: String
    /// Style of a link.
    let link: String
    /// The head's end and the tables around the content column.
    let frame: EmailPageFrame
    /// Font declarations of the paragraph roles and heading levels 1-3.
    private let leadFont: String
    private let bodyFont: String
    private let noteFont: String
    private let headingFonts: [String]

    init(theme: Theme, palette parsed: ThemePalette) {
        let palette = EmailPalette(parsed)
        self.palette = palette
        let contentWidth = min(max(Int(theme.spacing.emailWidth.rounded()), 320), 1200)
        self.contentWidth = contentWidth
        frame = EmailPageFrame(palette: palette, width: contentWidth)
        blockGap = Self.px(theme.spacing.blockGap)
        headingGap = Self.px(theme.spacing.headingGap)
        listIndent = max(Self.px(theme.spacing.listIndent), 18)
        cellPadding = Self.px(theme.spacing.cellPadding)
        let bodySize = Self.px(theme.sizes.body)
        self.bodySize = bodySize
        let sizes = theme.sizes
        let lineHeight = sizes.lineHeight.isFinite ? min(max(sizes.lineHeight, 1), 3) : 1.38
        let fontStack = HTMLEscaping.attribute(Self.cleanFontStack(theme.fonts.htmlStack))
        /// Font, size, line height and colour for text of `size` px.
        func font(px size: Int, color: String, bold: Bool = false) -> String {
            let lineHeight = Int((Double(size) * lineHeight).rounded())
            return "font-family:\(fontStack);font-size:\(size)px;line-height:\(lineHeight)px;"
                + "color:\(color);" + (bold ? "font-weight:bold;" : "")
        }
        bodyText = font(px: bodySize, color: palette.text)
        bodyTextBold = font(px: bodySize, color: palette.text, bold: true)
        bodyHeadingBold = font(px: bodySize, color: palette.heading, bold: true)
        titleBandHeading = "margin:0;" + font(px: Self.px(sizes.heading1), color: palette.onAccent, bold: true)
        caption = font(px: Self.px(sizes.note), color: palette.muted)
        link = "color:\(palette.accent);text-decoration:underline;"
        leadFont = font(px: Self.px(sizes.paragraph(.lead)), color: palette.text)
        bodyFont = font(px: Self.px(sizes.paragraph(.body)), color: palette.text)
        noteFont = font(px: Self.px(sizes.paragraph(.note)), color: palette.muted)
        headingFonts = (1...3).map { font(px: Self.px(sizes.heading($0)), color: palette.heading, bold: true) }
    }

    /// `points` as whole CSS pixels (96 px to 72 pt), never negative.
    static func px(_ points: Double) -> Int {
        guard points.isFinite else { return 0 }
        return max(0, Int((points * 96 / 72).rounded()))
    }

    /// Font declarations of a paragraph of `role`.
    func paragraphFont(_ role: ParagraphRole) -> String {
        switch role {
        case .lead: leadFont
        case .body: bodyFont
        case .note: noteFont
        }
    }

    /// Font declarations of a heading of `level` (1-3).
    func headingFont(_ level: Int) -> String {
        headingFonts[min(max(level, 1), 3) - 1]
    }

    /// Space above a heading of `level` in px: none for level 1.
    func headingTop(_ level: Int) -> Int {
        level == 1 ? 0 : headingGap
    }

    /// Keeps the families of a CSS font list that are plain names (`Roboto`, `sans-serif`) or
    /// quoted names (`'Segoe UI'`); anything that could end the declaration drops its family.
    /// A list with nothing left becomes `sans-serif`.
    private static func cleanFontStack(_ stack: String) -> String {
        let families = stack.split(separator: ",").map { family in
            family.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()
        }.map { String($0) }.filter(isFontFamily)
        return families.isEmpty ? "sans-serif" : families.joined(separator: ", ")
    }

    private static func isFontFamily(_ family: String) -> Bool {
        var name = Substring(family)
        if let quote = name.first, quote == "'" || quote == "\"" {
            guard name.count >= 2, name.last == quote else { return false }
            name = name.dropFirst().dropLast()
        }
        return !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || " -_".contains($0) }
    }
}

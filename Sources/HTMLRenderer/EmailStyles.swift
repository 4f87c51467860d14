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

    private let fontStack: String
    private let sizes: ThemeSizes

    init(theme: Theme) {
        palette = EmailPalette(theme.colors)
        contentWidth = min(max(Int(theme.spacing.emailWidth.rounded()), 320), 1200)
        blockGap = Self.px(theme.spacing.blockGap)
        headingGap = Self.px(theme.spacing.headingGap)
        listIndent = max(Self.px(theme.spacing.listIndent), 18)
        cellPadding = Self.px(theme.spacing.cellPadding)
        bodySize = Self.px(theme.sizes.body)
        sizes = theme.sizes
        fontStack = HTMLEscaping.attribute(Self.cleanFontStack(theme.fonts.htmlStack))
    }

    /// `points` as whole CSS pixels (96 px to 72 pt), never negative.
    static func px(_ points: Double) -> Int {
        guard points.isFinite else { return 0 }
        return max(0, Int((points * 96 / 72).rounded()))
    }

    /// Font, size, line height and colour for text of `points` size.
    func font(points: Double, color: String, bold: Bool = false) -> String {
        font(px: Self.px(points), color: color, bold: bold)
    }

    /// Font, size, line height and colour for text of `size` px.
    func font(px size: Int, color: String, bold: Bool = false) -> String {
        let lineHeight = Int((Double(size) * lineHeightFactor).rounded())
        return "font-family:\(fontStack);font-size:\(size)px;line-height:\(lineHeight)px;"
            + "color:\(color);" + (bold ? "font-weight:bold;" : "")
    }

    /// Style of a paragraph of `role` with `gap` px below it.
    func paragraph(_ role: ParagraphRole, gap: Int) -> String {
        "margin:0 0 \(gap)px 0;"
            + font(points: sizes.paragraph(role), color: role == .note ? palette.muted : palette.text)
    }

    /// Style of a heading of `level` with `gap` px below it.
    func heading(_ level: Int, gap: Int) -> String {
        let top = level == 1 ? 0 : headingGap
        return "margin:\(top)px 0 \(gap)px 0;"
            + font(points: sizes.heading(level), color: palette.heading, bold: true)
    }

    /// Style of the level 1 heading set in the title band.
    var titleBandHeading: String {
        "margin:0;" + font(points: sizes.heading1, color: palette.onAccent, bold: true)
    }

    /// Style of small print (captions, chart value text) in the muted colour.
    var caption: String { font(points: sizes.note, color: palette.muted) }

    /// Style of a link.
    var link: String { "color:\(palette.accent);text-decoration:underline;" }

    private var lineHeightFactor: Double {
        sizes.lineHeight.isFinite ? min(max(sizes.lineHeight, 1), 3) : 1.38
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

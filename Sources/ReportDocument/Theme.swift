/// Colours, fonts, sizes and spacing: the look of a report, shared by the PDF and HTML renderers.
///
/// Read from `templates/theme.json`; every field has a default, so a theme file
/// only needs the values it changes.
public struct Theme: Sendable, Equatable, Codable {
    /// Named colours as `#rrggbb`.
    public var colors: ThemeColors
    /// Font files for print and the font stack for screens.
    public var fonts: ThemeFonts
    /// Type sizes in points (the HTML renderer converts them to CSS pixels, × 96/72).
    public var sizes: ThemeSizes
    /// Margins and gaps in points.
    public var spacing: ThemeSpacing

    /// The built-in look: blue headings, DejaVu Sans in print, a system font stack on screen.
    public static let standard = Theme(
        colors: ThemeColors(), fonts: ThemeFonts(), sizes: ThemeSizes(), spacing: ThemeSpacing())

    /// Creates a theme from its parts.
    public init(colors: ThemeColors, fonts: ThemeFonts, sizes: ThemeSizes, spacing: ThemeSpacing) {
        self.colors = colors
        self.fonts = fonts
        self.sizes = sizes
        self.spacing = spacing
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        colors = try c.decodeIfPresent(ThemeColors.self, forKey: .colors) ?? ThemeColors()
        fonts = try c.decodeIfPresent(ThemeFonts.self, forKey: .fonts) ?? ThemeFonts()
        sizes = try c.decodeIfPresent(ThemeSizes.self, forKey: .sizes) ?? ThemeSizes()
        spacing = try c.decodeIfPresent(ThemeSpacing.self, forKey: .spacing) ?? ThemeSpacing()
    }
}

/// Named colours, each `#rrggbb`.
public struct ThemeColors: Sendable, Equatable, Codable {
    /// Body text.
    public var text = "#1f2933"
    /// Notes, captions, header and footer.
    public var muted = "#52606d"
    /// Headings.
    public var heading = "#123c69"
    /// Links, highlighted bars, the title band.
    public var accent = "#1769aa"
    /// Ordinary bars.
    public var bar = "#7fa7cc"
    /// The track behind a bar.
    public var barTrack = "#e4ebf2"
    /// Rules and table borders.
    public var rule = "#cbd2d9"
    /// Page background (HTML only; paper is white).
    public var background = "#ffffff"
    /// Table header row background.
    public var tableHeader = "#eef2f7"
    /// Callout backgrounds by tone.
    public var calloutInfo = "#e8f1fb"
    /// Callout background for tips.
    public var calloutTip = "#e9f7ef"
    /// Callout background for warnings.
    public var calloutWarning = "#fdf3e1"

    /// Creates the standard colours.
    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = ThemeColors()
        text = try c.decodeIfPresent(String.self, forKey: .text) ?? d.text
        muted = try c.decodeIfPresent(String.self, forKey: .muted) ?? d.muted
        heading = try c.decodeIfPresent(String.self, forKey: .heading) ?? d.heading
        accent = try c.decodeIfPresent(String.self, forKey: .accent) ?? d.accent
        bar = try c.decodeIfPresent(String.self, forKey: .bar) ?? d.bar
        barTrack = try c.decodeIfPresent(String.self, forKey: .barTrack) ?? d.barTrack
        rule = try c.decodeIfPresent(String.self, forKey: .rule) ?? d.rule
        background = try c.decodeIfPresent(String.self, forKey: .background) ?? d.background
        tableHeader = try c.decodeIfPresent(String.self, forKey: .tableHeader) ?? d.tableHeader
        calloutInfo = try c.decodeIfPresent(String.self, forKey: .calloutInfo) ?? d.calloutInfo
        calloutTip = try c.decodeIfPresent(String.self, forKey: .calloutTip) ?? d.calloutTip
        calloutWarning = try c.decodeIfPresent(String.self, forKey: .calloutWarning) ?? d.calloutWarning
    }

    /// The background colour of a callout of `tone`.
    public func callout(_ tone: CalloutTone) -> String {
        switch tone {
        case .info: calloutInfo
        case .tip: calloutTip
        case .warning: calloutWarning
        }
    }
}

/// Fonts: TrueType files for the PDF, a CSS font stack for HTML.
public struct ThemeFonts: Sendable, Equatable, Codable {
    /// Regular face (a TrueType file with glyf outlines).
    public var regular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    /// Bold face.
    public var bold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    /// Italic face.
    public var italic = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
    /// Bold italic face (strong text inside emphasis).
    public var boldItalic = "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf"
    /// Fonts tried in order for characters the faces above lack (for example CJK); each is
    /// loaded only when a document needs it. TrueType (glyf) fonts only.
    public var fallback = ["/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"]
    /// CSS `font-family` for HTML: system fonts only (mail clients block web fonts).
    public var htmlStack = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"

    /// Creates the standard fonts.
    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = ThemeFonts()
        regular = try c.decodeIfPresent(String.self, forKey: .regular) ?? d.regular
        bold = try c.decodeIfPresent(String.self, forKey: .bold) ?? d.bold
        italic = try c.decodeIfPresent(String.self, forKey: .italic) ?? d.italic
        boldItalic = try c.decodeIfPresent(String.self, forKey: .boldItalic) ?? d.boldItalic
        fallback = try c.decodeIfPresent([String].self, forKey: .fallback) ?? d.fallback
        htmlStack = try c.decodeIfPresent(String.self, forKey: .htmlStack) ?? d.htmlStack
    }
}

/// Type sizes in points.
public struct ThemeSizes: Sendable, Equatable, Codable {
    /// Body text.
    public var body = 10.5
    /// Lead paragraphs.
    public var lead = 12.5
    /// Notes and small print.
    public var note = 8.5
    /// Level-1 headings.
    public var heading1 = 20.0
    /// Level-2 headings.
    public var heading2 = 14.5
    /// Level-3 headings.
    public var heading3 = 11.5
    /// Page header and footer.
    public var pageDecoration = 8.0
    /// Line height as a multiple of the type size.
    public var lineHeight = 1.38

    /// Creates the standard sizes.
    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = ThemeSizes()
        body = try c.decodeIfPresent(Double.self, forKey: .body) ?? d.body
        lead = try c.decodeIfPresent(Double.self, forKey: .lead) ?? d.lead
        note = try c.decodeIfPresent(Double.self, forKey: .note) ?? d.note
        heading1 = try c.decodeIfPresent(Double.self, forKey: .heading1) ?? d.heading1
        heading2 = try c.decodeIfPresent(Double.self, forKey: .heading2) ?? d.heading2
        heading3 = try c.decodeIfPresent(Double.self, forKey: .heading3) ?? d.heading3
        pageDecoration = try c.decodeIfPresent(Double.self, forKey: .pageDecoration) ?? d.pageDecoration
        lineHeight = try c.decodeIfPresent(Double.self, forKey: .lineHeight) ?? d.lineHeight
    }

    /// The size of a heading of `level` (1...3).
    public func heading(_ level: Int) -> Double {
        switch level {
        case 1: heading1
        case 2: heading2
        default: heading3
        }
    }

    /// The size of a paragraph of `role`.
    public func paragraph(_ role: ParagraphRole) -> Double {
        switch role {
        case .lead: lead
        case .body: body
        case .note: note
        }
    }
}

/// Margins and gaps in points.
public struct ThemeSpacing: Sendable, Equatable, Codable {
    /// Page margin on every side (print).
    public var pageMargin = 54.0
    /// Space after a paragraph, list or table.
    public var blockGap = 8.0
    /// Extra space above a heading.
    public var headingGap = 10.0
    /// Indent of list item text from the list's left edge.
    public var listIndent = 16.0
    /// Padding inside callouts and table cells.
    public var cellPadding = 5.0
    /// Width of the HTML email's content column, in CSS pixels.
    public var emailWidth = 600.0

    /// Creates the standard spacing.
    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = ThemeSpacing()
        pageMargin = try c.decodeIfPresent(Double.self, forKey: .pageMargin) ?? d.pageMargin
        blockGap = try c.decodeIfPresent(Double.self, forKey: .blockGap) ?? d.blockGap
        headingGap = try c.decodeIfPresent(Double.self, forKey: .headingGap) ?? d.headingGap
        listIndent = try c.decodeIfPresent(Double.self, forKey: .listIndent) ?? d.listIndent
        cellPadding = try c.decodeIfPresent(Double.self, forKey: .cellPadding) ?? d.cellPadding
        emailWidth = try c.decodeIfPresent(Double.self, forKey: .emailWidth) ?? d.emailWidth
    }
}

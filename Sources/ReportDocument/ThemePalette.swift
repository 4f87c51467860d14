/// The theme's colours, parsed once: what the PDF and the HTML renderer both draw with.
///
/// A colour that is not `#rrggbb` (or `#rgb`) is replaced by the standard theme's; the setup
/// warns about it once, when the theme is loaded, not each time a document is rendered.
public struct ThemePalette: Sendable, Equatable {
    /// Body text.
    public let text: RGBColor
    /// Notes, captions, header and footer.
    public let muted: RGBColor
    /// Headings.
    public let heading: RGBColor
    /// Links, highlighted bars, the title band, the edge of an info callout.
    public let accent: RGBColor
    /// Ordinary bars.
    public let bar: RGBColor
    /// The track behind a bar.
    public let barTrack: RGBColor
    /// Rules and table borders.
    public let rule: RGBColor
    /// Page background (HTML only; paper is white).
    public let background: RGBColor
    /// Table header row background.
    public let tableHeader: RGBColor
    private let callouts: [CalloutTone: RGBColor]

    /// Parses `colors`; each unreadable one becomes the standard colour.
    public init(_ colors: ThemeColors) {
        let standard = ThemeColors()
        func parse(_ path: KeyPath<ThemeColors, String>) -> RGBColor {
            RGBColor(hex: colors[keyPath: path]) ?? RGBColor(hex: standard[keyPath: path])!
        }
        text = parse(\.text)
        muted = parse(\.muted)
        heading = parse(\.heading)
        accent = parse(\.accent)
        bar = parse(\.bar)
        barTrack = parse(\.barTrack)
        rule = parse(\.rule)
        background = parse(\.background)
        tableHeader = parse(\.tableHeader)
        callouts = Dictionary(
            uniqueKeysWithValues: CalloutTone.allCases.map {
                ($0, RGBColor(hex: colors.callout($0)) ?? RGBColor(hex: standard.callout($0))!)
            })
    }

    /// The tinted background of a callout of `tone`.
    public func calloutBackground(_ tone: CalloutTone) -> RGBColor { callouts[tone]! }

    /// The stripe on a callout's edge: the accent colour for information, otherwise the tone's
    /// tint seven times further from white, so a pale tint gives a clear edge of the same hue.
    public func calloutEdge(_ tone: CalloutTone) -> RGBColor {
        tone == .info ? accent : calloutBackground(tone).deepened(by: 7)
    }
}

extension RGBColor {
    /// A stronger version of a pale tint: its distance from white multiplied by `factor`.
    public func deepened(by factor: Double) -> RGBColor {
        func deepen(_ component: Double) -> Double { max(0, 1 - (1 - component) * factor) }
        var copy = self
        copy.red = deepen(red)
        copy.green = deepen(green)
        copy.blue = deepen(blue)
        return copy
    }

    /// The colour as lowercase `#rrggbb`, each component rounded to the nearest of 256 steps.
    public var hex: String {
        "#"
            + [red, green, blue].map { component in
                let byte = String(Int((component * 255).rounded()), radix: 16)
                return byte.count == 1 ? "0" + byte : byte
            }.joined()
    }
}

import ReportDocument

/// The theme's colours, checked and normalised to lowercase `#rrggbb`, so a theme file
/// cannot smuggle CSS into a style attribute; an unreadable colour falls back to the standard one.
struct EmailPalette {
    let text: String
    let muted: String
    let heading: String
    let accent: String
    let bar: String
    let barTrack: String
    let rule: String
    let background: String
    let tableHeader: String
    private let calloutBackgrounds: [CalloutTone: String]
    private let calloutBorders: [CalloutTone: String]

    /// Text set on the accent-coloured title band.
    let onAccent = "#ffffff"

    init(_ colors: ThemeColors) {
        let standard = ThemeColors()
        func checked(_ path: KeyPath<ThemeColors, String>) -> String {
            Self.hex(RGBColor(hex: colors[keyPath: path]) ?? RGBColor(hex: standard[keyPath: path])!)
        }
        text = checked(\.text)
        muted = checked(\.muted)
        heading = checked(\.heading)
        accent = checked(\.accent)
        bar = checked(\.bar)
        barTrack = checked(\.barTrack)
        rule = checked(\.rule)
        background = checked(\.background)
        tableHeader = checked(\.tableHeader)
        var backgrounds: [CalloutTone: String] = [:]
        var borders: [CalloutTone: String] = [:]
        for tone in CalloutTone.allCases {
            let tint = RGBColor(hex: colors.callout(tone)) ?? RGBColor(hex: standard.callout(tone))!
            backgrounds[tone] = Self.hex(tint)
            borders[tone] = Self.hex(Self.deepened(tint))
        }
        calloutBackgrounds = backgrounds
        calloutBorders = borders
    }

    /// The tinted background of a callout of `tone`.
    func calloutBackground(_ tone: CalloutTone) -> String { calloutBackgrounds[tone]! }

    /// The edge of a callout of `tone`: its tint, several times further from white.
    func calloutBorder(_ tone: CalloutTone) -> String { calloutBorders[tone]! }

    /// `color` moved five times as far from white, so a pale tint gives a clear edge of the same hue.
    private static func deepened(_ color: RGBColor) -> RGBColor {
        func deepen(_ component: Double) -> Double { max(0, 1 - (1 - component) * 5) }
        var result = color
        result.red = deepen(color.red)
        result.green = deepen(color.green)
        result.blue = deepen(color.blue)
        return result
    }

    private static func hex(_ color: RGBColor) -> String {
        "#"
            + [color.red, color.green, color.blue].map { component in
                let byte = String(Int((component * 255).rounded()), radix: 16)
                return byte.count == 1 ? "0" + byte : byte
            }.joined()
    }
}

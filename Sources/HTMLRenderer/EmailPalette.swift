import ReportDocument

/// The theme's colours as lowercase `#rrggbb` for style attributes, from the one parsed
/// ``ThemePalette`` both renderers use, so a theme file cannot smuggle CSS into a style attribute.
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

    init(_ palette: ThemePalette) {
        text = palette.text.hex
        muted = palette.muted.hex
        heading = palette.heading.hex
        accent = palette.accent.hex
        bar = palette.bar.hex
        barTrack = palette.barTrack.hex
        rule = palette.rule.hex
        background = palette.background.hex
        tableHeader = palette.tableHeader.hex
        calloutBackgrounds = Dictionary(
            uniqueKeysWithValues: CalloutTone.allCases.map { ($0, palette.calloutBackground($0).hex) })
        calloutBorders = Dictionary(
            uniqueKeysWithValues: CalloutTone.allCases.map { ($0, palette.calloutEdge($0).hex) })
    }

    /// The tinted background of a callout of `tone`.
    func calloutBackground(_ tone: CalloutTone) -> String { calloutBackgrounds[tone]! }

    /// The edge of a callout of `tone` (``ThemePalette/calloutEdge(_:)``).
    func calloutBorder(_ tone: CalloutTone) -> String { calloutBorders[tone]! }
}

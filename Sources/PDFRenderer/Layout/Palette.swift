import ReportDocument

/// The theme's colours, parsed once; a colour that is not `#rrggbb` falls back to the
/// standard theme's and gives a warning.
struct Palette {
    var text, muted, heading, accent, bar, barTrack, rule, tableHeader: RGBColor
    var calloutInfo, calloutTip, calloutWarning: RGBColor

    init(_ colors: ThemeColors, warnings: inout WarningLog) {
        let standard = ThemeColors()
        func parse(_ value: String, _ fallback: String, _ name: String) -> RGBColor {
            if let color = RGBColor(hex: value) { return color }
            warnings.add("theme colour \(name) \"\(value)\" is not #rrggbb; the standard \(fallback) was used")
            return RGBColor(hex: fallback) ?? RGBColor(hex: "#000000")!
        }
        text = parse(colors.text, standard.text, "text")
        muted = parse(colors.muted, standard.muted, "muted")
        heading = parse(colors.heading, standard.heading, "heading")
        accent = parse(colors.accent, standard.accent, "accent")
        bar = parse(colors.bar, standard.bar, "bar")
        barTrack = parse(colors.barTrack, standard.barTrack, "barTrack")
        rule = parse(colors.rule, standard.rule, "rule")
        tableHeader = parse(colors.tableHeader, standard.tableHeader, "tableHeader")
        calloutInfo = parse(colors.calloutInfo, standard.calloutInfo, "calloutInfo")
        calloutTip = parse(colors.calloutTip, standard.calloutTip, "calloutTip")
        calloutWarning = parse(colors.calloutWarning, standard.calloutWarning, "calloutWarning")
    }

    /// The background of a callout of `tone`.
    func calloutBackground(_ tone: CalloutTone) -> RGBColor {
        switch tone {
        case .info: calloutInfo
        case .tip: calloutTip
        case .warning: calloutWarning
        }
    }
}

extension RGBColor {
    /// A stronger version of a pale tint: its distance from white multiplied by `factor`.
    func deepened(by factor: Double) -> RGBColor {
        func deepen(_ component: Double) -> Double { max(0, 1 - (1 - component) * factor) }
        var copy = self
        copy.red = deepen(red)
        copy.green = deepen(green)
        copy.blue = deepen(blue)
        return copy
    }
}

import Diagnostics
import Foundation
import ReportDocument

/// Checks that a theme's text colours stand out from the backgrounds the reports set them on,
/// by WCAG 2.1's contrast ratio: at least 4.5:1 for text (success criterion 1.4.3, level AA),
/// 3:1 for large text (the report title, white on the accent colour in the email).
///
/// A school's own colours may fail this: the reports are still made, and the warnings name the
/// colour keys, the ratio and what to change. Chart bars are not checked: each bar's value is
/// written beside it as text, so the bar is not the only way to read it (docs/accessibility.md).
enum ThemeContrast {
    /// Where a text colour is used, and on which backgrounds.
    private struct TextUse {
        let key: String
        let purpose: String
        let backgrounds: [String]
    }

    private static let callouts = ["calloutInfo", "calloutTip", "calloutWarning"]
    private static let uses = [
        TextUse(key: "text", purpose: "body text", backgrounds: ["background", "tableHeader"] + callouts),
        TextUse(
            key: "muted", purpose: "notes, captions, page header and footer", backgrounds: ["background"] + callouts),
        TextUse(
            key: "heading", purpose: "headings and chart titles", backgrounds: ["background", "tableHeader"] + callouts),
        TextUse(key: "accent", purpose: "links", backgrounds: ["background", "tableHeader"] + callouts),
    ]
    /// The paper a PDF is printed on, whatever the theme's (screen) background.
    private static let paper = RGBColor(hex: "#ffffff")!

    /// One warning per colour that fails, as `colors.KEY ...: what fails; what to do`; unreadable
    /// colours are named too (the renderers use the standard colour instead).
    static func warnings(for theme: Theme) -> [Diagnostic] {
        let standard = Self.colors(ThemeColors())
        let written = Self.colors(theme.colors)
        var warnings: [Diagnostic] = []
        var colors: [String: RGBColor] = [:]
        for (key, value) in written.sorted(by: { $0.key < $1.key }) {
            if let color = RGBColor(hex: value) {
                colors[key] = color
            } else {
                colors[key] = RGBColor(hex: standard[key]!)
                warnings.append(
                    .warning(
                        .colourNotHex(value: value, standard: standard[key]!), at: Location(field: "colors.\(key)")))
            }
        }
        let background = colors["background"]!
        for use in uses {
            let foreground = colors[use.key]!
            var pairs = use.backgrounds.map { ("colors.\($0) \(Self.hex(colors[$0]!))", colors[$0]!) }
            if background != paper { pairs.append(("the white paper of the PDF", paper)) }
            let failing = pairs.compactMap { name, color in
                let ratio = foreground.contrastRatio(with: color)
                return ratio < 4.5 ? (name, ratio, color) : nil
            }
            guard let first = failing.first else { continue }
            warnings.append(
                .warning(
                    .lowContrast(
                        colour: Self.hex(foreground), purpose: use.purpose,
                        measured: failing.map { ContrastPair(background: $0.0, ratio: Self.shown($0.1)) },
                        needed: "4.5",
                        darker: foreground.relativeLuminance < first.2.relativeLuminance),
                    at: Location(field: "colors.\(use.key)")))
        }
        // The report title is white on the accent colour: large text when at least 14 pt bold.
        let accent = colors["accent"]!
        let needed = theme.sizes.heading1 >= 14 ? 3.0 : 4.5
        let ratio = paper.contrastRatio(with: accent)
        if ratio < needed {
            warnings.append(
                .warning(
                    .lowContrast(
                        colour: Self.hex(accent), purpose: "the band behind the report title, set in white",
                        measured: [ContrastPair(background: "white", ratio: Self.shown(ratio))],
                        needed: needed == 3 ? "3" : "4.5", darker: true),
                    at: Location(field: "colors.accent")))
        }
        return warnings
    }

    /// The colours by their key in `theme.json`.
    private static func colors(_ colors: ThemeColors) -> [String: String] {
        [
            "text": colors.text, "muted": colors.muted, "heading": colors.heading, "accent": colors.accent,
            "bar": colors.bar, "barTrack": colors.barTrack, "rule": colors.rule,
            "background": colors.background, "tableHeader": colors.tableHeader, "calloutInfo": colors.calloutInfo,
            "calloutTip": colors.calloutTip, "calloutWarning": colors.calloutWarning,
        ]
    }

    /// A ratio rounded down to two decimals, so a ratio just below a limit never shows as the limit.
    private static func shown(_ ratio: Double) -> String {
        String(format: "%.2f", (ratio * 100).rounded(.down) / 100)
    }

    private static func hex(_ color: RGBColor) -> String {
        "#" + [color.red, color.green, color.blue].map { String(format: "%02x", Int(($0 * 255).rounded())) }.joined()
    }
}

extension RGBColor {
    /// The WCAG 2.1 relative luminance: 0 for black, 1 for white.
    var relativeLuminance: Double {
        func linear(_ channel: Double) -> Double {
            channel <= 0.04045 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The WCAG 2.1 contrast ratio with `other`, from 1 (the same) to 21 (black on white).
    func contrastRatio(with other: RGBColor) -> Double {
        let (lighter, darker) =
            relativeLuminance > other.relativeLuminance
            ? (relativeLuminance, other.relativeLuminance) : (other.relativeLuminance, relativeLuminance)
        return (lighter + 0.05) / (darker + 0.05)
    }
}

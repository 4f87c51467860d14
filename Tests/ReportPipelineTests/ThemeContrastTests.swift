import Diagnostics
import Foundation
import ReportDocument
import Testing

@testable import ReportPipeline

@Suite("Theme colours: enough contrast for text (WCAG 2.1 AA)")
struct ThemeContrastTests {
    func color(_ hex: String) -> RGBColor { RGBColor(hex: hex)! }

    @Test(
        "the contrast ratio is WCAG's: 21 for black on white, 1 for a colour on itself, 4.5 between #767676 and #777777"
    )
    func ratio() {
        #expect(abs(color("#000000").contrastRatio(with: color("#ffffff")) - 21) < 1e-9)
        #expect(color("#1769aa").contrastRatio(with: color("#1769aa")) == 1)
        #expect(color("#767676").contrastRatio(with: color("#ffffff")) >= 4.5)
        #expect(color("#777777").contrastRatio(with: color("#ffffff")) < 4.5)
        #expect(
            color("#ffffff").contrastRatio(with: color("#777777"))
                == color("#777777").contrastRatio(with: color("#ffffff")))
    }

    @Test("the shipped theme and the standard colours have no warnings")
    func shippedTheme() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../templates/theme.json")
        let shipped = try JSONDecoder().decode(Theme.self, from: Data(contentsOf: url))
        #expect(ThemeContrast.warnings(for: shipped) == [])
        #expect(ThemeContrast.warnings(for: .standard) == [])
    }

    @Test("a pale text colour is named with its key, every background it fails on and the ratio")
    func paleMuted() {
        var theme = Theme.standard
        theme.colors.muted = "#9aa5b1"
        let measured = [
            ContrastPair(background: "colors.background #ffffff", ratio: "2.50"),
            ContrastPair(background: "colors.calloutInfo #e8f1fb", ratio: "2.19"),
            ContrastPair(background: "colors.calloutTip #e9f7ef", ratio: "2.26"),
            ContrastPair(background: "colors.calloutWarning #fdf3e1", ratio: "2.27"),
        ]
        let expected = Diagnostic.warning(
            .lowContrast(
                colour: "#9aa5b1", purpose: "notes, captions, page header and footer", measured: measured,
                needed: "4.5", darker: true),
            at: Location(field: "colors.muted"))
        #expect(ThemeContrast.warnings(for: theme) == [expected])
    }

    @Test("a ratio just below 4.5 is shown rounded down, never as 4.50")
    func roundedDown() {
        var theme = Theme.standard
        theme.colors.text = "#777777"
        theme.colors.tableHeader = "#ffffff"
        theme.colors.calloutInfo = "#ffffff"
        theme.colors.calloutTip = "#ffffff"
        theme.colors.calloutWarning = "#ffffff"
        let warnings = ThemeContrast.warnings(for: theme)
        #expect(warnings.count == 1)
        guard case .lowContrast(_, _, let measured, _, _) = warnings.first?.problem else {
            Issue.record("expected a contrast warning, got \(warnings)")
            return
        }
        #expect(warnings.first?.location.field == "colors.text")
        #expect(measured.first?.ratio == "4.47")
    }

    @Test("the title band is large text: white on the accent colour needs 3:1, or 4.5:1 when the title is small")
    func titleBand() {
        var theme = Theme.standard
        theme.colors.accent = "#3d8fd6"  // 3.5:1 with white: fine for the large title, too pale for links
        let warnings = ThemeContrast.warnings(for: theme)
        #expect(warnings.count == 1)
        #expect(warnings.first?.location.field == "colors.accent")
        guard case .lowContrast("#3d8fd6", "links", _, "4.5", true) = warnings.first?.problem else {
            Issue.record("expected the accent's contrast for links, got \(warnings)")
            return
        }
        theme.sizes.heading1 = 12
        let small = ThemeContrast.warnings(for: theme)
        #expect(small.count == 2)
        guard case .lowContrast(_, let purpose, _, "4.5", _) = small.last?.problem else {
            Issue.record("expected the title band's contrast, got \(small)")
            return
        }
        #expect(purpose.contains("report title"))
    }

    @Test("light text on a dark screen background is fine on screen but warned about for the white PDF paper")
    func darkBackground() {
        var theme = Theme.standard
        theme.colors.background = "#101418"
        theme.colors.text = "#f0f0f0"
        theme.colors.tableHeader = "#202830"
        theme.colors.calloutInfo = "#202830"
        theme.colors.calloutTip = "#202830"
        theme.colors.calloutWarning = "#202830"
        let text = ThemeContrast.warnings(for: theme).filter { $0.location.field == "colors.text" }
        #expect(text.count == 1)
        guard case .lowContrast(_, _, let measured, _, _) = text.first?.problem else {
            Issue.record("expected a contrast warning for colors.text")
            return
        }
        #expect(measured.map(\.background) == ["the white paper of the PDF"])
    }

    @Test("a colour that is not #rrggbb is named, and the standard colour is checked instead")
    func unreadable() {
        var theme = Theme.standard
        theme.colors.text = "black"
        #expect(
            ThemeContrast.warnings(for: theme) == [
                .warning(.colourNotHex(value: "black", standard: "#1f2933"), at: Location(field: "colors.text"))
            ])
    }
}

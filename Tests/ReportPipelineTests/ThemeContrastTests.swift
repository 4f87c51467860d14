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
        #expect(
            ThemeContrast.warnings(for: theme) == [
                "colors.muted #9aa5b1 (notes, captions, page header and footer) has too little contrast: "
                    + "2.50:1 on colors.background #ffffff, 2.19:1 on colors.calloutInfo #e8f1fb, "
                    + "2.26:1 on colors.calloutTip #e9f7ef, 2.27:1 on colors.calloutWarning #fdf3e1; "
                    + "text needs at least 4.5:1 (WCAG 2.1, 1.4.3); choose a darker colors.muted"
            ])
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
        #expect(warnings.first?.contains("colors.text #777777 (body text) has too little contrast: 4.47:1 on") == true)
    }

    @Test("the title band is large text: white on the accent colour needs 3:1, or 4.5:1 when the title is small")
    func titleBand() {
        var theme = Theme.standard
        theme.colors.accent = "#3d8fd6"  // 3.5:1 with white: fine for the large title, too pale for links
        let warnings = ThemeContrast.warnings(for: theme)
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("colors.accent #3d8fd6 (links) has too little contrast: 3.") == true)
        theme.sizes.heading1 = 12
        let small = ThemeContrast.warnings(for: theme)
        #expect(small.count == 2)
        #expect(small.last?.contains("the title needs at least 4.5:1") == true)
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
        let text = ThemeContrast.warnings(for: theme).filter { $0.hasPrefix("colors.text") }
        #expect(text.count == 1)
        #expect(text.first?.contains(":1 on the white paper of the PDF;") == true)
        #expect(text.first?.contains("colors.background") == false)
    }

    @Test("a colour that is not #rrggbb is named, and the standard colour is checked instead")
    func unreadable() {
        var theme = Theme.standard
        theme.colors.text = "black"
        #expect(
            ThemeContrast.warnings(for: theme) == [
                "colors.text: \"black\" is not a #rrggbb colour; the reports use the standard #1f2933 instead"
            ])
    }
}

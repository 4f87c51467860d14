import Foundation
import Testing

@testable import ReportDocument

@Suite("Themes and colours")
struct ThemeTests {
    @Test("a theme file only needs the values it changes")
    func partialTheme() throws {
        let theme = try JSONDecoder().decode(
            Theme.self, from: Data(##"{"colors": {"accent": "#ff0000"}, "sizes": {"body": 11}}"##.utf8))
        #expect(theme.colors.accent == "#ff0000")
        #expect(theme.colors.text == Theme.standard.colors.text)
        #expect(theme.sizes.body == 11)
        #expect(theme.fonts == Theme.standard.fonts)
        #expect(theme.spacing == Theme.standard.spacing)
    }

    @Test("the shipped theme.json decodes to the built-in standard theme")
    func shippedTheme() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../templates/theme.json")
        let theme = try JSONDecoder().decode(Theme.self, from: Data(contentsOf: url))
        #expect(theme == Theme.standard)
    }

    @Test("colours parse from #rrggbb and #rgb only")
    func colours() {
        #expect(RGBColor(hex: "#ff8800") == RGBColor(hex: "#F80"))
        #expect(RGBColor(hex: "#ffffff")?.red == 1)
        #expect(RGBColor(hex: "ff8000") == nil)
        #expect(RGBColor(hex: "#12345") == nil)
        #expect(RGBColor(hex: "#gggggg") == nil)
    }

    @Test("inline plain text drops styling and page counters")
    func plainText() {
        let inlines: [Inline] = [
            .text("Page "), .pageNumber, .strong([.text("Zoë")]),
            .link(target: "#x", content: [.emphasis([.text("!")])]),
        ]
        #expect(inlines.plainText == "Page Zoë!")
    }
}

@Suite("The theme's one palette")
struct ThemePaletteTests {
    @Test("an unreadable colour becomes the standard one; both renderers get the same callout edge")
    func palette() {
        var colors = ThemeColors()
        colors.bar = "blue"
        colors.calloutWarning = "#fdf3e1"
        let palette = ThemePalette(colors)
        #expect(palette.bar == RGBColor(hex: ThemeColors().bar))
        #expect(palette.calloutEdge(.info) == palette.accent)
        #expect(palette.calloutEdge(.warning) == RGBColor(hex: "#fdf3e1")!.deepened(by: 7))
        #expect(palette.calloutEdge(.warning).hex == "#f1ab2d")
    }
}

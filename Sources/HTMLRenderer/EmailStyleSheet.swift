/// Class names the one `<style>` block targets; everything else is styled inline.
enum EmailClass {
    /// The centred content column.
    static let container: StaticString = "cr-container"
    /// A cell whose side padding shrinks on phones.
    static let padded: StaticString = "cr-pad"
    /// The page behind the content column.
    static let page: StaticString = "cr-page"
    /// The content column's own background.
    static let card: StaticString = "cr-card"
    /// Body text.
    static let text: StaticString = "cr-text"
    /// Notes, captions and other muted text.
    static let muted: StaticString = "cr-muted"
    /// Headings and chart titles.
    static let heading: StaticString = "cr-heading"
    /// Links.
    static let link: StaticString = "cr-link"
    /// Table header cells.
    static let tableHeader: StaticString = "cr-th"
    /// Table cells and rules that draw a line in the rule colour.
    static let ruled: StaticString = "cr-ruled"
    /// The track behind a chart bar.
    static let track: StaticString = "cr-track"
    /// A callout box.
    static let callout: StaticString = "cr-callout"
}

/// The single `<style>` block: a narrow-screen media query and dark-mode overrides.
///
/// Clients that drop `<style>` still get the full inline-styled light design.
enum EmailStyleSheet {
    /// The dark-mode colours; the theme has light colours only, so these are fixed.
    private static let darkPage = "#0f1318"
    private static let darkCard = "#181d23"
    private static let darkText = "#e3e7eb"
    private static let darkMuted = "#a9b4bf"
    private static let darkHeading = "#9ec8f0"
    private static let darkLink = "#8cc4ff"
    private static let darkPanel = "#232b34"
    private static let darkRule = "#3b4652"

    /// The `<style>` element for a content column of `contentWidth` px.
    static func element(contentWidth: Int) -> String {
        let c = EmailClass.self
        return """
            <style>
            @media only screen and (max-width:\(contentWidth + 20)px){\
            .\(c.container){width:100% !important;max-width:100% !important;}\
            .\(c.padded){padding-left:16px !important;padding-right:16px !important;}\
            .\(c.page){padding:0 !important;}}
            @media (prefers-color-scheme:dark){\
            .\(c.page),body{background-color:\(darkPage) !important;}\
            .\(c.card){background-color:\(darkCard) !important;}\
            .\(c.text){color:\(darkText) !important;}\
            .\(c.muted){color:\(darkMuted) !important;}\
            .\(c.heading){color:\(darkHeading) !important;}\
            .\(c.link){color:\(darkLink) !important;}\
            .\(c.tableHeader),.\(c.track),.\(c.callout){background-color:\(darkPanel) !important;}\
            .\(c.ruled){border-color:\(darkRule) !important;}}
            </style>
            """
    }
}

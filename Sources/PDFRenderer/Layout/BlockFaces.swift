/// The face each kind of text in a block starts in (strong and emphasis inside it then change the
/// face, see ``FontFace/strengthened``).
///
/// The one decision both the layout and the font loading read: ``FaceUsage`` loads exactly the
/// faces the layout will draw with, so a new block or a changed face is changed here once.
enum BlockFaces {
    /// Headings.
    static let heading = FontFace.bold
    /// Paragraphs, list items' paragraphs and callouts' text.
    static let paragraph = FontFace.regular
    /// A table's header row.
    static let tableHeader = FontFace.bold
    /// A table's other cells.
    static let tableCell = FontFace.regular
    /// A bar chart's title.
    static let chartTitle = FontFace.bold
    /// The value beside each bar.
    static let chartValue = FontFace.bold
    /// A list's bullets and numbers.
    static let listMarker = FontFace.regular
    /// The page header and footer.
    static let decoration = FontFace.regular

    /// A bar's label: bold for the bar the chart highlights.
    static func chartLabel(highlighted: Bool) -> FontFace { highlighted ? .bold : .regular }
}

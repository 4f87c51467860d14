/// The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4) that the renderer tags
/// content with; PDF/UA-1 readers know each of them, so no role map is needed.
enum StructureRole: String {
    /// The whole document, the root of the tree.
    case document = "Document"
    /// A titled part of the report (a template's section).
    case section = "Sect"
    /// A group of blocks with no meaning of its own (a callout).
    case division = "Div"
    case heading1 = "H1", heading2 = "H2", heading3 = "H3", heading4 = "H4", heading5 = "H5", heading6 = "H6"
    /// A paragraph.
    case paragraph = "P"
    /// A list, its items, an item's bullet or number, and an item's content.
    case list = "L", listItem = "LI", label = "Lbl", listBody = "LBody"
    /// A table, a row, a header cell and a data cell.
    case table = "Table", tableRow = "TR", headerCell = "TH", dataCell = "TD"
    /// A picture, with its alternative text.
    case figure = "Figure"
    /// A link: its text and its annotation.
    case link = "Link"

    /// The heading role of `level`, 1 to 6.
    static func heading(_ level: Int) -> StructureRole {
        [.heading1, .heading2, .heading3, .heading4, .heading5, .heading6][min(max(level, 1), 6) - 1]
    }
}

/// What a piece of page content is to a screen reader: part of a structure element, or an
/// artifact that readers skip.
enum ContentTag: Equatable {
    /// Content of the element with this id in the ``StructureTree``.
    case element(Int)
    /// Decoration: rules, backgrounds, bars, a repeated table header, a decorative picture.
    case artifact
    /// A running page header or footer (a pagination artifact).
    case pagination
}

import ReportDocument

/// `<table caption>`: fixed columns, an optional header row, and rows that may repeat.
struct TableTemplate: Sendable {
    /// Screen-reader caption; empty for none.
    var caption: String
    /// One per `<column>`.
    var columns: [TableColumn]
    /// The `<header-row>` cells; empty for none.
    var header: [[InlineFragment]]
    /// `<row>` elements and the binding elements around them.
    var rows: [TemplateFragment<TableRowTemplate>]
}

/// `<row>`: one cell's inline content per column.
struct TableRowTemplate: Sendable {
    var cells: [[InlineFragment]]
}

import ReportDocument

/// A whole template as Swift values: metadata, page header and footer, body.
struct DocumentTemplate: Sendable {
    /// `<report data="...">`: the name of the data model the template binds (`student` when absent).
    var dataModel: String
    /// Where the `<report>` start tag stands.
    var location: SourceLocation
    /// The data model of a template whose `<report>` names none.
    static let defaultDataModel = "student"
    /// `<meta>`.
    var metadata: MetadataTemplate
    /// `<header>`, nil for none.
    var header: DecorationTemplate?
    /// `<footer>`, nil for none.
    var footer: DecorationTemplate?
    /// `<body>`.
    var body: [BlockFragment]
}

/// `<meta>`: text fields are bound to plain text.
struct MetadataTemplate: Sendable {
    var title: [InlineFragment]
    var subject: [InlineFragment]
    var author: [InlineFragment]
    var preheader: [InlineFragment]
    /// The document language (`en` when absent); also picks the month names of dates.
    var language: String
    var pageSize: PageSize
}

/// `<header>` or `<footer>`: left, centre and right parts.
struct DecorationTemplate: Sendable {
    var left: [InlineFragment]
    var center: [InlineFragment]
    var right: [InlineFragment]
}

/// The elements the template builder turns into blocks and inlines, by their name in the XML.
///
/// The schema decides which names a template may use; these lists decide which ones this tool
/// can build. The two must agree: a name the schema allows but no case here knows (a schema
/// newer than the tool, a block type added to the schema only) is an error with its place,
/// never silently left out of the report.
enum BlockElement: String, CaseIterable {
    case section, heading, list, table, callout, image, spacer, rule
    case paragraph = "p"
    case barChart = "bar-chart"
    case pageBreak = "page-break"
}

/// The inline elements of a template (see ``BlockElement``).
enum InlineElement: String, CaseIterable {
    case strong, link, value
    case emphasis = "em"
    case pageNumber = "page-number"
    case pageCount = "page-count"
}

/// The binding elements, which every content model shares (`each`, `if`, `with`).
enum BindingElement: String, CaseIterable {
    case each, with
    case conditional = "if"
}

extension CaseIterable where Self: RawRepresentable, Self.RawValue == String {
    /// The element names, as a list for a message: `<section>, <heading>, ...`.
    static var nameList: String { allCases.map { "<\($0.rawValue)>" }.joined(separator: ", ") }
}

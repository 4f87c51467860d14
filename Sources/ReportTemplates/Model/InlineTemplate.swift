import ReportDocument

/// Inline template content: what becomes ``Inline`` values when bound.
typealias InlineFragment = TemplateFragment<InlineTemplate>

/// One inline element or run of text in a template.
indirect enum InlineTemplate: Sendable {
    /// Literal text, with runs of XML whitespace already collapsed to one space.
    case text(String)
    /// `<strong>`.
    case strong([InlineFragment])
    /// `<em>`.
    case emphasis([InlineFragment])
    /// `<link href="..."` or `href-of="...">`.
    case link(LinkTarget, [InlineFragment])
    /// `<value of="path" format="..." digits="n"/>`.
    case value(ValueTemplate)
    /// `<page-number/>`.
    case pageNumber
    /// `<page-count/>`.
    case pageCount
}

/// Where a link points.
enum LinkTarget: Sendable, Equatable {
    /// A literal `https:`, `mailto:` or `#id` target.
    case literal(String)
    /// A target read from the data.
    case path(TemplatePath)
}

/// `<value of="path" format="..." digits="n"/>`.
struct ValueTemplate: Sendable, Equatable {
    /// What to show.
    var path: TemplatePath
    /// How to write it.
    var format: ValueFormat
    /// Digits after the decimal point for `number` and `percent`.
    var digits: Int
}

/// How a `<value>` is written.
enum ValueFormat: String, Sendable, Equatable {
    /// As it is; whole numbers without `.0`.
    case text
    /// A number rounded to `digits` decimals, half away from zero.
    case number
    /// A fraction (0...1) as a percentage: 0.78 -> `78%`.
    case percent
    /// An ISO `yyyy-mm-dd` date written out in the report's language.
    case date
}

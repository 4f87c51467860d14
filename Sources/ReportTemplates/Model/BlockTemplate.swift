import ReportDocument

/// Block template content: what becomes ``Block`` values when bound.
typealias BlockFragment = TemplateFragment<BlockTemplate>

/// One block element of a template.
indirect enum BlockTemplate: Sendable {
    /// `<section id keep-together>`.
    case section(id: String, keepTogether: Bool, blocks: [BlockFragment])
    /// `<heading level id>`.
    case heading(level: Int, id: String, content: [InlineFragment])
    /// `<p role>`.
    case paragraph(ParagraphRole, [InlineFragment])
    /// `<list style>`; each item's inline content becomes one paragraph.
    case list(ListStyle, items: [TemplateFragment<ListItemTemplate>])
    /// `<table>`.
    case table(TableTemplate)
    /// `<bar-chart>`.
    case barChart(BarChartTemplate)
    /// `<callout tone>`.
    case callout(CalloutTone, [BlockFragment])
    /// `<image>`.
    case image(ImageTemplate)
    /// `<spacer height>`, in points.
    case spacer(Double)
    /// `<rule/>`.
    case rule
    /// `<page-break/>`.
    case pageBreak
    /// A block with `keep-with-next="true"`: kept on the same page as the block after it.
    case keptWithNext(BlockTemplate)
}

/// `<item>`: one list item's inline content.
struct ListItemTemplate: Sendable {
    var content: [InlineFragment]
}

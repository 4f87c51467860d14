extension Block {
    /// True when a page must not break between this block and the next: always for a heading,
    /// and for a section, paragraph, list, table, chart, callout or image that asks for it.
    public var keepsWithNext: Bool {
        switch self {
        case .heading: true
        case .section(let section): section.keepWithNext
        case .paragraph(let paragraph): paragraph.keepWithNext
        case .list(let list): list.keepWithNext
        case .table(let table): table.keepWithNext
        case .barChart(let chart): chart.keepWithNext
        case .callout(let callout): callout.keepWithNext
        case .image(let image): image.keepWithNext
        case .spacer, .rule, .pageBreak: false
        }
    }

    /// This block, kept on the same page as the block after it. Headings already are; a spacer,
    /// rule or page break is returned unchanged.
    public func keepingWithNext() -> Block {
        switch self {
        case .section(var section):
            section.keepWithNext = true
            return .section(section)
        case .paragraph(var paragraph):
            paragraph.keepWithNext = true
            return .paragraph(paragraph)
        case .list(var list):
            list.keepWithNext = true
            return .list(list)
        case .table(var table):
            table.keepWithNext = true
            return .table(table)
        case .barChart(var chart):
            chart.keepWithNext = true
            return .barChart(chart)
        case .callout(var callout):
            callout.keepWithNext = true
            return .callout(callout)
        case .image(var image):
            image.keepWithNext = true
            return .image(image)
        case .heading, .spacer, .rule, .pageBreak:
            return self
        }
    }
}

import ReportDocument

/// Renders a ``ReportDocument`` as plain text wrapped at a fixed width: the `text/plain`
/// part of an email.
///
/// Headings are underlined (`=` for level 1, `-` for level 2) or prefixed `### ` (level 3);
/// paragraphs wrap between words; lists get `- ` or `1. ` with hanging indents; tables become
/// aligned columns, bar charts text bars, callouts lines starting `| `, rules a line of `-`,
/// pictures their alt text in brackets (`[School logo]`; nothing for a decorative one).
/// Widths count Characters. Page header, footer and breaks are left out. The result ends
/// with exactly one newline and is the same for the same document.
public struct PlainTextRenderer: Sendable {
    /// The widest a line may be, in Characters; a single word longer than this stands alone.
    public let width: Int

    /// Creates a renderer wrapping at `width` Characters (at least 20).
    public init(width: Int = 72) {
        self.width = max(width, 20)
    }

    /// Returns `document` as plain text ending in a single newline.
    public func render(_ document: ReportDocument) -> String {
        lines(document.blocks, width: width).joined(separator: "\n") + "\n"
    }

    /// The lines of `blocks`, one blank line between blocks that print something.
    private func lines(_ blocks: [Block], width: Int) -> [String] {
        var result: [String] = []
        for block in blocks {
            let blockLines = lines(block, width: width)
            guard !blockLines.isEmpty else { continue }
            if !result.isEmpty { result.append("") }
            result += blockLines
        }
        return result
    }

    private func lines(_ block: Block, width: Int) -> [String] {
        switch block {
        case .section(let section):
            return lines(section.blocks, width: width)
        case .heading(let heading):
            return headingLines(heading, width: width)
        case .paragraph(let paragraph):
            return TextWrapping.wrap(PlainTextInlines.text(paragraph.content), width: width)
        case .list(let list):
            return listLines(list, width: width)
        case .table(let table):
            let text = TextTable(
                alignments: table.columns.map(\.alignment),
                header: table.header.map(PlainTextInlines.text),
                rows: table.rows.map { $0.map(PlainTextInlines.text) })
            let caption = TextWrapping.wrap(PlainTextInlines.clean(table.caption), width: width)
            return caption + text.lines(width: width)
        case .barChart(let chart):
            let clean = PlainTextInlines.clean
            let bars = chart.bars.map { bar in
                Bar(
                    label: clean(bar.label), value: bar.value, valueText: clean(bar.valueText),
                    highlighted: bar.highlighted)
            }
            return TextBarChart(chart: BarChart(title: clean(chart.title), maximum: chart.maximum, bars: bars))
                .lines(width: width)
        case .callout(let callout):
            return lines(callout.blocks, width: max(width - 2, 10)).map { $0.isEmpty ? "|" : "| " + $0 }
        case .image(let image):
            return image.isDecorative ? [] : TextWrapping.wrap("[\(PlainTextInlines.clean(image.alt))]", width: width)
        case .rule:
            return [String(repeating: "-", count: width)]
        case .spacer, .pageBreak:
            return []
        }
    }

    private func headingLines(_ heading: Heading, width: Int) -> [String] {
        let text = PlainTextInlines.text(heading.content)
        guard heading.level < 3 else {
            return hanging(TextWrapping.wrap(text, width: width - 4), first: "### ")
        }
        let lines = TextWrapping.wrap(text, width: width)
        guard let longest = lines.map(\.count).max() else { return [] }
        return lines + [String(repeating: heading.level == 1 ? "=" : "-", count: min(longest, width))]
    }

    private func listLines(_ list: ListBlock, width: Int) -> [String] {
        let count = list.items.count
        let markerWidth = list.style == .bullet ? 2 : "\(count). ".count
        return list.items.enumerated().flatMap { index, item in
            let marker =
                list.style == .bullet
                ? "- " : TextWrapping.pad("\(index + 1).", to: markerWidth - 1, .trailing) + " "
            let body = lines(item, width: max(width - markerWidth, 10))
            return hanging(body.isEmpty ? [""] : body, first: marker)
        }
    }

    /// `lines` with `first` before the first line and as many spaces before the others
    /// (blank lines stay blank).
    private func hanging(_ lines: [String], first: String) -> [String] {
        let indent = String(repeating: " ", count: first.count)
        return lines.enumerated().map { index, line in
            index == 0 ? (first + line).trimmingTrailingSpaces : line.isEmpty ? "" : indent + line
        }
    }
}

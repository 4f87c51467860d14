import ReportDocument

extension BlockLayout {
    /// Lays out a bar chart: the title as a caption, then one row per bar with the label on
    /// the left, the bar on its track, and the value text on the right.
    ///
    /// For screen readers the chart is one figure whose alternative text states the title and
    /// every bar's label and value (see ``alternativeText(of:)``): one element instead of a
    /// table's dozens keeps the tagged file small.
    mutating func layout(_ chart: BarChart, x: Double, width: Double) -> [FlowItem] {
        let size = theme.sizes.body
        let gap = size
        var fragments: [Fragment] = []
        let figure = structure.add(.figure, under: parent)
        structure.setAlt(Self.alternativeText(of: chart), of: figure)
        let tag = ContentTag.element(figure)
        if !chart.title.isEmpty {
            var caption = setText(
                [.text(chart.title)], face: BlockFaces.chartTitle, size: size, color: palette.heading, x: x,
                width: width,
                tag: figure)
            if !caption.isEmpty { caption[caption.count - 1].height += size * 0.3 }
            fragments += caption
        }
        let labelWidths = chart.bars.map {
            fonts.width(of: $0.label, font: .face(BlockFaces.chartLabel(highlighted: $0.highlighted)), size: size)
        }
        let labelColumn = min(width * 0.38, (labelWidths.max() ?? 0) + gap)
        let valueWidths = chart.bars.map {
            fonts.width(of: $0.valueText, font: .face(BlockFaces.chartValue), size: size)
        }
        let valueColumn = min(width * 0.2, (valueWidths.max() ?? 0) + gap)
        let trackX = x + labelColumn
        let trackWidth = max(0, width - labelColumn - valueColumn)
        let barHeight = size * 1.05
        let lineHeight = lineHeight(size)

        for bar in chart.bars {
            let face = BlockFaces.chartLabel(highlighted: bar.highlighted)
            let labelLines = breakLines([.text(bar.label)], face: face, size: size, width: labelColumn - gap)
            let labelHeight = Double(max(1, labelLines.count)) * lineHeight
            let height = max(labelHeight, barHeight) + size * 0.5
            let middle = height / 2
            var commands: [DrawCommand] = [.tag(tag)]
            let labelTop = middle - labelHeight / 2
            for (index, line) in labelLines.enumerated() {
                commands += self.commands(
                    for: line, x: x, width: labelColumn - gap, top: labelTop + Double(index) * lineHeight,
                    size: size, color: palette.text, alignment: .leading, tag: tag)
            }
            let fraction = min(max(bar.value / chart.maximum, 0), 1)
            let barTop = middle - barHeight / 2
            commands.append(
                .rectangle(x: trackX, y: barTop, width: trackWidth, height: barHeight, color: palette.barTrack))
            if fraction > 0 {
                commands.append(
                    .rectangle(
                        x: trackX, y: barTop, width: trackWidth * fraction, height: barHeight,
                        color: bar.highlighted ? palette.accent : palette.bar))
            }
            let valueLines = breakLines(
                [.text(bar.valueText)], face: BlockFaces.chartValue, size: size, width: valueColumn)
            if let value = valueLines.first {
                commands += self.commands(
                    for: value, x: x + width - valueColumn, width: valueColumn, top: middle - lineHeight / 2,
                    size: size, color: bar.highlighted ? palette.accent : palette.text, alignment: .trailing,
                    tag: tag)
            }
            fragments.append(Fragment(height: height, commands: commands))
        }
        guard !fragments.isEmpty else { return [] }
        fragments[0].spaceBefore = theme.spacing.blockGap
        return fragments.map(FlowItem.fragment).keptTogether()
    }

    /// What a chart says, for readers who can't see it: its title, then each bar's label and
    /// value text, top to bottom ("Career fit: Copywriter 59.1; SEO Specialist 38.3").
    static func alternativeText(of chart: BarChart) -> String {
        let bars = chart.bars.map { "\($0.label) \($0.valueText)" }.joined(separator: "; ")
        return chart.title.isEmpty ? bars : "\(chart.title): \(bars)"
    }
}

import ReportDocument

/// A bar chart as text: the title, then one line per bar with the label, a bar of a fixed
/// number of cells (`█` filled, `░` empty) and the value text; highlighted bars end in ` ◀`.
struct TextBarChart {
    /// The chart to draw.
    let chart: BarChart

    /// Cells in a full bar, when the line is wide enough.
    private let barCells = 20

    /// The chart as lines no wider than `width` (labels wrap if they must).
    func lines(width: Int) -> [String] {
        var lines = TextWrapping.wrap(chart.title, width: width)
        let valueWidth = chart.bars.map(\.valueText.count).max() ?? 0
        let marker = chart.bars.contains(where: \.highlighted) ? 2 : 0
        let cells = max(min(barCells, width / 3), 5)
        let room = width - 2 - cells - 2 - valueWidth - marker
        let labelWidth = max(min(chart.bars.map(\.label.count).max() ?? 0, room), 8)
        for bar in chart.bars {
            let share = bar.value.isFinite ? min(max(bar.value / chart.maximum, 0), 1) : 0
            let filled = Int((share * Double(cells)).rounded())
            let barText = String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
            let value = TextWrapping.pad(bar.valueText, to: valueWidth, .trailing)
            let labels = TextWrapping.wrap(bar.label, width: labelWidth)
            let first = TextWrapping.pad(labels.first ?? "", to: labelWidth, .leading)
            lines.append(first + "  " + barText + "  " + value + (bar.highlighted ? " ◀" : ""))
            lines += labels.dropFirst()
        }
        return lines
    }
}

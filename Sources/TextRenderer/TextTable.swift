import ReportDocument

/// A table set as aligned plain-text columns: a header row underlined with `-`, columns two
/// spaces apart, cells wrapped inside their column when the table is wider than the line.
struct TextTable {
    /// How each column's cells are aligned.
    let alignments: [TextAlignment]
    /// Header cells; empty for no header.
    let header: [String]
    /// Body rows.
    let rows: [[String]]

    private let gap = 2

    /// Takes the table's cells as plain text; short rows are filled with empty cells.
    init(alignments: [TextAlignment], header: [String], rows: [[String]]) {
        let count = max(alignments.count, header.count, rows.map(\.count).max() ?? 0)
        func filled(_ cells: [String]) -> [String] { cells + Array(repeating: "", count: count - cells.count) }
        self.alignments = alignments + Array(repeating: .leading, count: count - alignments.count)
        self.header = header.isEmpty ? [] : filled(header)
        self.rows = rows.map(filled)
    }

    /// The table as lines no wider than `width` where the words allow it.
    func lines(width: Int) -> [String] {
        guard !alignments.isEmpty else { return [] }
        let widths = columnWidths(width: width)
        var lines = header.isEmpty ? [] : rowLines(header, widths: widths)
        if !header.isEmpty {
            lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: spacing))
        }
        for row in rows { lines += rowLines(row, widths: widths) }
        return lines
    }

    private var spacing: String { String(repeating: " ", count: gap) }

    /// Each column as wide as its widest cell; while the table is too wide, the widest
    /// column that can still give up a Character (down to its longest word) does so.
    private func columnWidths(width: Int) -> [Int] {
        let allRows = (header.isEmpty ? [] : [header]) + rows
        var widths = alignments.indices.map { column in allRows.map { $0[column].count }.max() ?? 0 }
        let floors = alignments.indices.map { column in
            allRows.flatMap { TextWrapping.words($0[column]).map(\.count) }.max() ?? 0
        }
        let available = width - gap * (alignments.count - 1)
        while widths.reduce(0, +) > available {
            let shrinkable = widths.indices.filter { widths[$0] > floors[$0] }
            guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        return widths
    }

    /// One row as one or more lines: each cell wrapped to its column and padded.
    private func rowLines(_ cells: [String], widths: [Int]) -> [String] {
        let wrapped = cells.indices.map { TextWrapping.wrap(cells[$0], width: widths[$0]) }
        let height = max(wrapped.map(\.count).max() ?? 0, 1)
        return (0..<height).map { line in
            cells.indices.map { column in
                let text = line < wrapped[column].count ? wrapped[column][line] : ""
                return TextWrapping.pad(text, to: widths[column], alignments[column])
            }.joined(separator: spacing).trimmingTrailingSpaces
        }
    }
}

extension String {
    /// The string without spaces at its end.
    var trimmingTrailingSpaces: String {
        guard let last = lastIndex(where: { $0 != " " }) else { return "" }
        return String(self[...last])
    }
}

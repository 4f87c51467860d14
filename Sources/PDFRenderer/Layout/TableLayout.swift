import ReportDocument

extension BlockLayout {
    /// Lays out a table: one fragment per row, cells wrapped in their column, the header row
    /// on a tinted background and repeated when the table continues on a new page.
    mutating func layout(_ table: Table, x: Double, width: Double) -> [FlowItem] {
        let columnCount = max(table.columns.count, table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columnCount > 0 else { return [] }
        let columns = (0..<columnCount).map { table.columns.indices.contains($0) ? table.columns[$0] : TableColumn() }
        let weights = columns.map { $0.width > 0 ? $0.width : 1 }
        let total = weights.reduce(0, +)
        var edges = [x]
        for weight in weights { edges.append(edges[edges.count - 1] + width * weight / total) }
        let geometry = TableGeometry(columns: columns, edges: edges)

        var header: Fragment?
        if table.header.contains(where: { !$0.isEmpty }) {
            var fragment = row(table.header, geometry: geometry, face: .bold, background: palette.tableHeader)
            fragment.commands.append(
                .horizontalLine(
                    fromX: x, toX: x + width, y: fragment.height, thickness: 0.9, color: palette.heading))
            fragment.keepWithNext = true
            header = fragment
        }
        var items: [FlowItem] = header.map { [.fragment($0)] } ?? []
        for cells in table.rows {
            var fragment = row(cells, geometry: geometry, face: .regular, background: nil)
            fragment.commands.append(
                .horizontalLine(fromX: x, toX: x + width, y: fragment.height, thickness: 0.5, color: palette.rule))
            if let header { fragment.continuationHeader = [header] }
            items.append(.fragment(fragment))
        }
        if let first = items.indices.first, case .fragment(var fragment) = items[first] {
            fragment.spaceBefore = theme.spacing.blockGap
            items[first] = .fragment(fragment)
        }
        if table.rows.count == 1 || items.count == 1 { items = items.keptTogether() }
        return items
    }

    /// One table row: each cell's lines in its column, with padding all round.
    private mutating func row(
        _ cells: [[Inline]], geometry: TableGeometry, face: FontFace, background: RGBColor?
    ) -> Fragment {
        let size = theme.sizes.body * 0.95
        let padding = theme.spacing.cellPadding
        let lineHeight = lineHeight(size)
        var cellLines: [[BrokenLine<InlineStyle>]] = []
        for column in geometry.columns.indices {
            let cell = cells.indices.contains(column) ? cells[column] : []
            let innerWidth = geometry.edges[column + 1] - geometry.edges[column] - 2 * padding
            cellLines.append(breakLines(cell, face: face, size: size, width: innerWidth))
        }
        let height = Double(max(1, cellLines.map(\.count).max() ?? 1)) * lineHeight + 2 * padding
        var commands: [DrawCommand] = []
        if let background {
            let left = geometry.edges[0]
            commands.append(
                .rectangle(
                    x: left, y: 0, width: geometry.edges[geometry.edges.count - 1] - left, height: height,
                    color: background))
        }
        for (column, lines) in cellLines.enumerated() {
            let cellX = geometry.edges[column] + padding
            let innerWidth = geometry.edges[column + 1] - geometry.edges[column] - 2 * padding
            for (index, line) in lines.enumerated() {
                commands += self.commands(
                    for: line, x: cellX, width: innerWidth, top: padding + Double(index) * lineHeight, size: size,
                    color: palette.text, alignment: geometry.columns[column].alignment)
            }
        }
        return Fragment(height: height, commands: commands, firstBaseline: baseline(top: padding, size: size))
    }
}

/// Where a table's columns are: their settings and their left and right edges.
private struct TableGeometry {
    /// One per column.
    var columns: [TableColumn]
    /// Column edges from left to right, one more than the columns.
    var edges: [Double]
}

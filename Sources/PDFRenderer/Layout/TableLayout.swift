import ReportDocument

extension BlockLayout {
    /// Lays out a table: rows of cells wrapped in their column, the header row on a tinted
    /// background and repeated when the table continues on a new page.
    mutating func layout(_ table: Table, x: Double, width: Double) -> [FlowItem] {
        let columnCount = max(table.columns.count, table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columnCount > 0 else { return [] }
        let columns = (0..<columnCount).map { table.columns.indices.contains($0) ? table.columns[$0] : TableColumn() }
        let weights = columns.map { $0.width > 0 ? $0.width : 1 }
        let total = weights.reduce(0, +)
        var edges = [x]
        for weight in weights { edges.append(edges[edges.count - 1] + width * weight / total) }
        let geometry = TableGeometry(columns: columns, edges: edges)
        let element = structure.add(.table, under: parent)
        if !table.caption.isEmpty { structure.setSummary(table.caption, of: element) }

        var header: [Fragment] = []
        if table.header.contains(where: { !$0.isEmpty }) {
            let cells = self.cells(of: element, count: columnCount, role: .headerCell)
            for cell in cells { structure.setScope(.column, of: cell) }
            header = row(
                table.header, geometry: geometry, face: BlockFaces.tableHeader, background: palette.tableHeader,
                tags: cells)
            header[header.count - 1].commands += [
                .tag(.artifact),
                .horizontalLine(
                    fromX: x, toX: x + width, y: header[header.count - 1].height, thickness: 0.9,
                    color: palette.heading),
            ]
            for index in header.indices { header[index].keepWithNext = true }
        }
        var items: [FlowItem] = header.map(FlowItem.fragment)
        for cells in table.rows {
            let tags = self.cells(of: element, count: columnCount, role: .dataCell, rowHeaders: header.isEmpty)
            var lines = row(cells, geometry: geometry, face: BlockFaces.tableCell, background: nil, tags: tags)
            lines[lines.count - 1].commands += [
                .tag(.artifact),
                .horizontalLine(
                    fromX: x, toX: x + width, y: lines[lines.count - 1].height, thickness: 0.5, color: palette.rule),
            ]
            for index in lines.indices {
                lines[index].continuationHeader = header
                lines[index].keepWithNext = index < lines.count - 1
            }
            items += lines.map(FlowItem.fragment)
        }
        items.modifyFirstFragment { $0.spaceBefore = theme.spacing.blockGap }
        if table.rows.count <= 1 { items = items.keptTogether() }
        return items
    }

    /// A new row of `table` with `count` cells of `role`; returns the cells. With
    /// `rowHeaders` (a table with no header row, such as one of labels and values), the first
    /// of several cells heads its row.
    func cells(of table: Int, count: Int, role: StructureRole, rowHeaders: Bool = false) -> [Int] {
        let row = structure.add(.tableRow, under: table)
        return (0..<count).map { column in
            guard rowHeaders, column == 0, count > 1 else { return structure.add(role, under: row) }
            let cell = structure.add(.headerCell, under: row)
            structure.setScope(.row, of: cell)
            return cell
        }
    }

    /// One table row as one fragment per line: each cell's lines in its column, with padding
    /// all round. The lines keep together, so a row moves to the next page whole, unless it
    /// is taller than a page: then it continues on the next page between two lines, below
    /// the repeated header row. Each cell's text is tagged as its element of `tags`; a cell
    /// with no text is an empty run of its element, so every row keeps all its cells.
    private mutating func row(
        _ cells: [[Inline]], geometry: TableGeometry, face: FontFace, background: RGBColor?, tags: [Int]
    ) -> [Fragment] {
        let size = theme.sizes.body * 0.95
        let padding = theme.spacing.cellPadding
        let lineHeight = lineHeight(size)
        var cellLines: [[BrokenLine<InlineStyle>]] = []
        for column in geometry.columns.indices {
            let cell = cells.indices.contains(column) ? cells[column] : []
            let innerWidth = geometry.edges[column + 1] - geometry.edges[column] - 2 * padding
            cellLines.append(breakLines(cell, face: face, size: size, width: innerWidth))
        }
        let lineCount = max(1, cellLines.map(\.count).max() ?? 1)
        return (0..<lineCount).map { line in
            let top = line == 0 ? padding : 0
            let height = top + lineHeight + (line == lineCount - 1 ? padding : 0)
            var commands: [DrawCommand] = [.tag(.artifact)]
            if let background {
                let left = geometry.edges[0]
                commands.append(
                    .rectangle(
                        x: left, y: 0, width: geometry.edges[geometry.edges.count - 1] - left, height: height,
                        color: background))
            }
            for (column, lines) in cellLines.enumerated() {
                guard lines.indices.contains(line) else {
                    if line == 0 { commands.append(.tag(.element(tags[column]))) }
                    continue
                }
                let cellX = geometry.edges[column] + padding
                let innerWidth = geometry.edges[column + 1] - geometry.edges[column] - 2 * padding
                commands += self.commands(
                    for: lines[line], x: cellX, width: innerWidth, top: top, size: size, color: palette.text,
                    alignment: geometry.columns[column].alignment, tag: .element(tags[column]))
            }
            return Fragment(
                height: height, commands: commands, firstBaseline: line == 0 ? baseline(top: top, size: size) : nil)
        }
    }
}

/// Where a table's columns are: their settings and their left and right edges.
private struct TableGeometry {
    /// One per column.
    var columns: [TableColumn]
    /// Column edges from left to right, one more than the columns.
    var edges: [Double]
}

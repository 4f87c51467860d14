import ReportDocument

extension BlockLayout {
    /// The commands for a page header or footer on page `number` of `count`: the left part
    /// at the left margin, the centre part centred, the right part at the right margin, and a
    /// thin rule between the band and the content.
    mutating func decoration(
        _ decoration: PageDecoration, page number: Int, of count: Int, geometry: PageGeometry, isHeader: Bool
    ) -> [DrawCommand] {
        let size = theme.sizes.pageDecoration
        let top = isHeader ? geometry.headerTop : geometry.footerTop
        let flattener = InlineFlattener(pageNumber: number, pageCount: count)
        let x = geometry.contentLeft
        let width = geometry.contentWidth
        var commands: [DrawCommand] = [.tag(.pagination)]
        let parts: [([Inline], TextAlignment)] = [
            (decoration.left, .leading), (decoration.center, .center), (decoration.right, .trailing),
        ]
        for (inlines, alignment) in parts where !inlines.isEmpty {
            let lines = breakLines(
                inlines, face: BlockFaces.decoration, size: size, width: .greatestFiniteMagnitude, flattener: flattener)
            if let line = lines.first {
                commands += self.commands(
                    for: line, x: x, width: width, top: top, size: size, color: palette.muted, alignment: alignment,
                    tag: .pagination)
            }
        }
        let ruleY = isHeader ? -size * 0.8 : geometry.contentHeight + size * 0.8
        commands.append(.horizontalLine(fromX: x, toX: x + width, y: ruleY, thickness: 0.5, color: palette.rule))
        return commands
    }
}

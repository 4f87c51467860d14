import ReportDocument

extension BlockLayout {
    /// Lays out a list: item content indented, the bullet or number hanging in the indent
    /// on the baseline of the item's first line.
    ///
    /// Tagged as a list of items, each with its body (an item of one paragraph is that body,
    /// with no paragraph element of its own) and, in a numbered list, its number as a label;
    /// bullets are decoration.
    mutating func layout(_ list: ListBlock, x: Double, width: Double) -> [FlowItem] {
        let size = theme.sizes.body
        let markers = list.items.indices.map { list.style == .bullet ? "\u{2022}" : "\($0 + 1)." }
        let markerFont = FontChoice.face(BlockFaces.listMarker)
        let markerGap = size * 0.45
        let widest = markers.map { fonts.width(of: $0, font: markerFont, size: size) }.max() ?? 0
        let indent = max(theme.spacing.listIndent, widest + markerGap)
        let markerColor = list.style == .bullet ? palette.accent : palette.text
        var items: [FlowItem] = []
        let listElement = structure.add(.list, under: parent)
        let outer = parent
        defer { parent = outer }
        for (index, blocks) in list.items.enumerated() {
            parent = structure.add(.listItem, under: listElement)
            let label: ContentTag = list.style == .bullet ? .artifact : .element(structure.add(.label, under: parent))
            var content: [FlowItem]
            if blocks.count == 1, case .paragraph(let paragraph) = blocks[0] {
                let body = structure.add(.listBody, under: parent)
                content = layout(paragraph, x: x + indent, width: width - indent, element: body)
                if paragraph.keepWithNext { content.modifyLastFragment { $0.keepWithNext = true } }
            } else {
                content = layout(blocks, as: .listBody, x: x + indent, width: width - indent).items
            }
            let marker = markers[index]
            let markerWidth = fonts.width(of: marker, font: markerFont, size: size)
            let spaceBefore = index == 0 ? theme.spacing.blockGap : theme.spacing.blockGap * 0.4
            let fallbackBaseline = baseline(top: 0, size: size)
            content.modifyFirstFragment { first in
                first.spaceBefore = spaceBefore
                first.commands.insert(
                    contentsOf: [
                        .tag(label),
                        .text(
                            marker, x: x + indent - markerGap - markerWidth,
                            y: first.firstBaseline ?? fallbackBaseline, font: markerFont, size: size,
                            color: markerColor),
                    ], at: 0)
            }
            items += content
        }
        return items
    }
}

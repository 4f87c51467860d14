import ReportDocument

extension BlockLayout {
    /// Lays out a list: item content indented, the bullet or number hanging in the indent
    /// on the baseline of the item's first line.
    mutating func layout(_ list: ListBlock, x: Double, width: Double) -> [FlowItem] {
        let size = theme.sizes.body
        let markers = list.items.indices.map { list.style == .bullet ? "\u{2022}" : "\($0 + 1)." }
        let markerFont = FontChoice.face(.regular)
        let markerGap = size * 0.45
        let widest = markers.map { fonts.width(of: $0, font: markerFont, size: size) }.max() ?? 0
        let indent = max(theme.spacing.listIndent, widest + markerGap)
        let markerColor = list.style == .bullet ? palette.accent : palette.text
        var items: [FlowItem] = []
        for (index, blocks) in list.items.enumerated() {
            var content = layout(blocks, x: x + indent, width: width - indent)
            let marker = markers[index]
            let markerWidth = fonts.width(of: marker, font: markerFont, size: size)
            let spaceBefore = index == 0 ? theme.spacing.blockGap : theme.spacing.blockGap * 0.4
            let fallbackBaseline = baseline(top: 0, size: size)
            content.modifyFirstFragment { first in
                first.spaceBefore = spaceBefore
                first.commands.append(
                    .text(
                        marker, x: x + indent - markerGap - markerWidth, y: first.firstBaseline ?? fallbackBaseline,
                        font: markerFont, size: size, color: markerColor))
            }
            items += content
        }
        return items
    }
}

import ReportDocument

extension BlockLayout {
    /// Lays out a picture as one unbreakable fragment: as wide as asked (its own size by
    /// default), but never wider than the column nor taller than a page (scaled down, keeping
    /// its proportions), and placed left, centre or right across the column.
    /// A picture that is not decoration is a figure with its alternative text.
    func layout(_ block: ImageBlock, x: Double, width: Double) -> [FlowItem] {
        guard let size = Self.size(of: block, columnWidth: width, pageHeight: pageContentHeight) else { return [] }
        let left =
            switch block.alignment {
            case .leading: x
            case .center: x + (width - size.width) / 2
            case .trailing: x + width - size.width
            }
        var tag = ContentTag.artifact
        if !block.isDecorative {
            let figure = structure.add(.figure, under: parent)
            structure.setAlt(block.alt, of: figure)
            tag = .element(figure)
        }
        var fragment = Fragment(
            height: size.height,
            commands: [.tag(tag), .image(block.image, x: left, y: 0, width: size.width, height: size.height)])
        fragment.spaceBefore = theme.spacing.blockGap
        return [.fragment(fragment)]
    }

    /// The drawn size of `block` in points, or nil when there is no room at all.
    static func size(of block: ImageBlock, columnWidth: Double, pageHeight: Double) -> (width: Double, height: Double)?
    {
        guard columnWidth > 0, pageHeight > 0 else { return nil }
        var width = min(block.width ?? block.naturalWidth, columnWidth)
        var height = width * block.image.aspectRatio
        if height > pageHeight {
            height = pageHeight
            width = height / block.image.aspectRatio
        }
        return width > 0 && height > 0 ? (width, height) : nil
    }
}

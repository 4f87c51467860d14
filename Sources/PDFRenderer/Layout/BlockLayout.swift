import ReportDocument

/// Lays out blocks in a column: turns the document tree into fragments for pagination.
///
/// Pure apart from asking `fonts` for widths; warnings about text that cannot be printed
/// collect in `warnings`.
struct BlockLayout<Fonts: TextMeasuring> {
    /// Widths and coverage of the fonts.
    let fonts: Fonts
    /// Sizes and spacing.
    let theme: Theme
    /// Parsed colours.
    let palette: ThemePalette
    /// What could not be printed as written.
    var warnings: WarningLog
    /// The height of a page's content area: pictures are scaled down to fit it (unlimited by default).
    var pageContentHeight = Double.infinity
    /// The document's logical structure, which layout adds an element to for each block.
    var structure = StructureTree()
    /// The structure element the blocks being laid out belong to.
    var parent = StructureTree.root

    /// The height of one line of text at `size` points.
    func lineHeight(_ size: Double) -> Double { size * theme.sizes.lineHeight }

    /// Lays out `blocks` in the column from `x` that is `width` wide.
    mutating func layout(_ blocks: [Block], x: Double, width: Double) -> [FlowItem] {
        blocks.flatMap { layout($0, x: x, width: width) }
    }

    /// Lays out one block; its first fragment carries the space above it, and its last one keeps
    /// with the next block when the block asks to (``Block/keepsWithNext``).
    mutating func layout(_ block: Block, x: Double, width: Double) -> [FlowItem] {
        var items = content(of: block, x: x, width: width)
        if block.keepsWithNext { items.modifyLastFragment { $0.keepWithNext = true } }
        return items
    }

    private mutating func content(of block: Block, x: Double, width: Double) -> [FlowItem] {
        switch block {
        case .section(let section):
            return layout(section, x: x, width: width)
        case .heading(let heading):
            return layout(heading, x: x, width: width)
        case .paragraph(let paragraph):
            return layout(paragraph, x: x, width: width)
        case .list(let list):
            return layout(list, x: x, width: width)
        case .table(let table):
            return layout(table, x: x, width: width)
        case .barChart(let chart):
            return layout(chart, x: x, width: width)
        case .callout(let callout):
            return layout(callout, x: x, width: width)
        case .image(let image):
            return layout(image, x: x, width: width)
        case .spacer(let height):
            return [.fragment(Fragment(height: max(0, height)))]
        case .rule:
            let gap = theme.spacing.blockGap
            let line = DrawCommand.horizontalLine(
                fromX: x, toX: x + width, y: gap, thickness: 0.75, color: palette.rule)
            return [.fragment(Fragment(height: 2 * gap, commands: [.tag(.artifact), line]))]
        case .pageBreak:
            return [.pageBreak]
        }
    }

    /// Lays out `blocks` as the content of a new structure element of `role`; returns the
    /// items and the element.
    mutating func layout(_ blocks: [Block], as role: StructureRole, x: Double, width: Double) -> (
        items: [FlowItem], element: Int
    ) {
        let element = structure.add(role, under: parent)
        let outer = parent
        parent = element
        defer { parent = outer }
        return (layout(blocks, x: x, width: width), element)
    }

    private mutating func layout(_ section: Section, x: Double, width: Double) -> [FlowItem] {
        var items = layout(section.blocks, as: .section, x: x, width: width).items
        let title: Heading? =
            if case .heading(let heading) = section.blocks.first { heading } else { nil }
        items.modifyFirstFragment { first in
            if !section.id.isEmpty { first.anchors.append(section.id) }
            if let title, first.bookmark == nil {
                first.bookmark = Bookmark(title: title.content.plainText, level: title.level)
            }
        }
        return section.keepTogether ? items.keptTogether() : items
    }

    private mutating func layout(_ heading: Heading, x: Double, width: Double) -> [FlowItem] {
        let size = theme.sizes.heading(heading.level)
        let element = structure.addHeading(level: heading.level, under: parent)
        var fragments = setText(
            heading.content, face: BlockFaces.heading, size: size, color: palette.heading, x: x, width: width,
            tag: element)
        guard !fragments.isEmpty else { return [] }
        let above = theme.spacing.blockGap + theme.spacing.headingGap * (heading.level == 1 ? 1.6 : 1)
        fragments[0].spaceBefore = above
        if !heading.id.isEmpty { fragments[0].anchors.append(heading.id) }
        fragments[fragments.count - 1].height += size * 0.2
        for index in fragments.indices { fragments[index].keepWithNext = true }
        return fragments.map(FlowItem.fragment)
    }

    /// Lays out a paragraph, tagged as `element`, or as a new paragraph element when `nil`.
    mutating func layout(_ paragraph: Paragraph, x: Double, width: Double, element: Int? = nil) -> [FlowItem] {
        let size = theme.sizes.paragraph(paragraph.role)
        let color = paragraph.role == .note ? palette.muted : palette.text
        let element = element ?? structure.add(.paragraph, under: parent)
        var lines = setText(
            paragraph.content, face: BlockFaces.paragraph, size: size, color: color, x: x, width: width, tag: element)
        guard !lines.isEmpty else { return [] }
        lines[0].spaceBefore = theme.spacing.blockGap
        keepParagraphEndsTogether(&lines)
        return lines.map(FlowItem.fragment)
    }

    /// Avoids a lone first or last line of a paragraph at a page edge (orphans and widows).
    private func keepParagraphEndsTogether(_ lines: inout [Fragment]) {
        guard lines.count > 1 else { return }
        if lines.count <= 3 {
            for index in lines.indices.dropLast() { lines[index].keepWithNext = true }
        } else {
            lines[0].keepWithNext = true
            lines[lines.count - 2].keepWithNext = true
        }
    }
}

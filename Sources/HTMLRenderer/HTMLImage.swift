import ReportDocument

extension HTMLWriter {
    /// A picture in a one-cell layout table that aligns it (Outlook ignores `margin:auto` on
    /// images but honours `align` on a cell), with its alt text (empty for a decorative picture),
    /// `width` and `height` for clients that load images late or not at all, and styles that keep
    /// it inside narrow screens.
    mutating func image(_ block: ImageBlock, gap: Int) {
        let size = Self.pixelSize(of: block, columnWidth: styles.contentWidth - 2 * styles.sidePadding)
        let (align, margin): (StaticString, StaticString) =
            switch block.alignment {
            case .leading: (direction.start, "0")
            case .center: ("center", "0 auto")
            case .trailing: (direction.end, direction == .leftToRight ? "0 0 0 auto" : "0 auto 0 0")
            }
        layoutTable(gap: gap)
        write(#"<tr><td align=""#)
        write(align)
        write(#""><img src=""#)
        write(attribute: imageLinks.source(of: block.image))
        // An empty alt tells readers to skip the picture: only for a decorative one. A picture
        // that shows something but has no words is left without alt, so checkers report it.
        if block.isDecorative || !block.alt.isEmpty {
            write(#"" alt=""#)
            write(attribute: block.alt)
        }
        write(#"" width=""#)
        write(size.width)
        write(#"" height=""#)
        write(size.height)
        write(#"" style="display:block;border:0;outline:none;text-decoration:none;width:"#)
        write(size.width)
        write("px;max-width:100%;height:auto;margin:")
        write(margin)
        write(";\">")
        write("</td></tr>\n</table>\n")
    }

    /// The picture's size in CSS pixels: its `width` in points at 96/72, or one CSS pixel per
    /// image pixel, at most `columnWidth`; the height follows the aspect ratio.
    static func pixelSize(of block: ImageBlock, columnWidth: Int) -> (width: Int, height: Int) {
        let wanted = block.width.map(EmailStyles.px) ?? block.image.pixelWidth
        let width = max(1, min(wanted, columnWidth))
        let height = max(1, Int((Double(width) * block.image.aspectRatio).rounded()))
        return (width, height)
    }
}

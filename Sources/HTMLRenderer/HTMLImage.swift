import ReportDocument

extension HTMLWriter {
    /// A picture in a one-cell layout table that aligns it (Outlook ignores `margin:auto` on
    /// images but honours `align` on a cell), with `width` and `height` for clients that load
    /// images late or not at all, and styles that keep it inside narrow screens.
    mutating func image(_ block: ImageBlock, gap: Int) {
        let size = Self.pixelSize(of: block, columnWidth: styles.contentWidth - 2 * styles.sidePadding)
        let (align, margin) =
            switch block.alignment {
            case .leading: ("left", "0")
            case .center: ("center", "0 auto")
            case .trailing: ("right", "0 0 0 auto")
            }
        let source = HTMLEscaping.attribute(imageLinks.source(of: block.image))
        write(#"<table \#(Self.layoutTable) width="100%" style="width:100%;margin:0 0 \#(gap)px 0;">"#)
        write("\n<tr><td align=\"\(align)\">")
        write(#"<img src="\#(source)" alt="\#(HTMLEscaping.attribute(block.alt))" "#)
        write(#"width="\#(size.width)" height="\#(size.height)" style="display:block;border:0;outline:none;"#)
        write("text-decoration:none;width:\(size.width)px;max-width:100%;height:auto;margin:\(margin);\">")
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

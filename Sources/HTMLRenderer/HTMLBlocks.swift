import ReportDocument

extension HTMLWriter {
    /// Writes `blocks` in order, each with the theme's gap below it except the last,
    /// which gets `endGap` px (0 inside boxes, so their padding stays even).
    mutating func blocks(_ blocks: [Block], endGap: Int) {
        for (index, block) in blocks.enumerated() {
            self.block(block, gap: index == blocks.count - 1 ? endGap : styles.blockGap)
        }
    }

    /// Writes one block with `gap` px of space below it.
    mutating func block(_ block: Block, gap: Int) {
        switch block {
        case .section(let section):
            if section.id.isEmpty {
                blocks(section.blocks, endGap: gap)
            } else {
                write("<div\(Self.idAttribute(section.id))>\n")
                blocks(section.blocks, endGap: gap)
                write("</div>\n")
            }
        case .heading(let heading):
            let tag = "h\(heading.level)"
            write(#"<\#(tag)\#(Self.idAttribute(heading.id)) class="\#(EmailClass.heading)" "#)
            write(#"style="\#(styles.heading(heading.level, gap: gap))">"#)
            inlines(heading.content)
            write("</\(tag)>\n")
        case .paragraph(let paragraph):
            let color = paragraph.role == .note ? EmailClass.muted : EmailClass.text
            write(#"<p class="\#(color)" style="\#(styles.paragraph(paragraph.role, gap: gap))">"#)
            inlines(paragraph.content)
            write("</p>\n")
        case .list(let list):
            self.list(list, gap: gap)
        case .table(let table):
            self.table(table, gap: gap)
        case .barChart(let chart):
            barChart(chart, gap: gap)
        case .callout(let callout):
            self.callout(callout, gap: gap)
        case .image(let image):
            self.image(image, gap: gap)
        case .spacer(let points):
            let height = EmailStyles.px(points)
            write(#"<div aria-hidden="true" style="height:\#(height)px;line-height:\#(height)px;"#)
            write("font-size:1px;mso-line-height-rule:exactly;\">&nbsp;</div>\n")
        case .rule:
            write(#"<div role="separator" class="\#(EmailClass.ruled)" style="margin:0 0 \#(gap)px 0;"#)
            write("border-top:1px solid \(styles.palette.rule);height:0;line-height:0;")
            write("font-size:0;\"></div>\n")
        case .pageBreak:
            break
        }
    }

    /// A `<ul>` or `<ol>`; an item that is a single paragraph is written straight into its `<li>`.
    private mutating func list(_ list: ListBlock, gap: Int) {
        let tag = list.style == .numbered ? "ol" : "ul"
        write("<\(tag) class=\"\(EmailClass.text)\" style=\"margin:0 0 \(gap)px 0;")
        write("padding:0 0 0 \(styles.listIndent)px;")
        write("\(styles.bodyText)\">\n")
        let itemGap = max(styles.blockGap / 2, 2)
        for (index, item) in list.items.enumerated() {
            let below = index == list.items.count - 1 ? 0 : itemGap
            if case .paragraph(let paragraph)? = item.first, item.count == 1 {
                let color = paragraph.role == .note ? EmailClass.muted : EmailClass.text
                write(#"<li class="\#(color)" style="\#(styles.paragraph(paragraph.role, gap: below))">"#)
                inlines(paragraph.content)
            } else {
                write("<li style=\"margin:0 0 \(below)px 0;\">")
                blocks(item, endGap: 0)
            }
            write("</li>\n")
        }
        write("</\(tag)>\n")
    }

    /// A tinted one-cell table with a deeper edge in the same hue.
    private mutating func callout(_ callout: Callout, gap: Int) {
        let tint = styles.palette.calloutBackground(callout.tone)
        let edge = styles.palette.calloutBorder(callout.tone)
        let padding = styles.cellPadding * 2
        write(#"<table \#(Self.layoutTable) width="100%" style="width:100%;margin:0 0 \#(gap)px 0;">"#)
        write("\n<tr><td bgcolor=\"\(tint)\" class=\"\(EmailClass.callout)\" style=\"background-color:\(tint);")
        write("border-left:4px solid \(edge);padding:\(padding)px \(padding + 4)px;\">\n")
        blocks(callout.blocks, endGap: 0)
        write("</td></tr>\n</table>\n")
    }
}

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
                write("<div")
                idAttribute(section.id)
                write(">\n")
                blocks(section.blocks, endGap: gap)
                write("</div>\n")
            }
        case .heading(let heading):
            write("<h")
            write(heading.level)
            idAttribute(heading.id)
            write(#" class=""#)
            write(EmailClass.heading)
            write(#"" style="margin:"#)
            write(styles.headingTop(heading.level))
            write("px 0 ")
            write(gap)
            write("px 0;")
            write(markup: styles.headingFont(heading.level))
            write("\">")
            inlines(heading.content)
            write("</h")
            write(heading.level)
            write(">\n")
        case .paragraph(let paragraph):
            write("<p")
            paragraphAttributes(paragraph.role, gap: gap)
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
            write(#"<div aria-hidden="true" style="height:"#)
            write(height)
            write("px;line-height:")
            write(height)
            write("px;font-size:1px;mso-line-height-rule:exactly;\">&nbsp;</div>\n")
        case .rule:
            write(#"<div role="separator" class=""#)
            write(EmailClass.ruled)
            write(#"" style=""#)
            margin(below: gap)
            write("border-top:1px solid ")
            write(markup: styles.palette.rule)
            write(";height:0;line-height:0;font-size:0;\"></div>\n")
        case .pageBreak:
            break
        }
    }

    /// A `<ul>` or `<ol>`; an item that is a single paragraph is written straight into its `<li>`.
    private mutating func list(_ list: ListBlock, gap: Int) {
        let numbered = list.style == .numbered
        write(numbered ? "<ol" : "<ul")
        write(#" class=""#)
        write(EmailClass.text)
        write(#"" style=""#)
        margin(below: gap)
        write(direction == .leftToRight ? "padding:0 0 0 " : "padding:0 ")
        write(styles.listIndent)
        write(direction == .leftToRight ? "px;" : "px 0 0;")
        write(markup: styles.bodyText)
        write("\">\n")
        let itemGap = max(styles.blockGap / 2, 2)
        for (index, item) in list.items.enumerated() {
            let below = index == list.items.count - 1 ? 0 : itemGap
            if case .paragraph(let paragraph)? = item.first, item.count == 1 {
                write("<li")
                paragraphAttributes(paragraph.role, gap: below)
                inlines(paragraph.content)
            } else {
                write(#"<li style=""#)
                margin(below: below)
                write("\">")
                blocks(item, endGap: 0)
            }
            write("</li>\n")
        }
        write(numbered ? "</ol>\n" : "</ul>\n")
    }

    /// A tinted one-cell table with a deeper edge in the same hue.
    private mutating func callout(_ callout: Callout, gap: Int) {
        let tint = styles.palette.calloutBackground(callout.tone)
        let edge = styles.palette.calloutBorder(callout.tone)
        let padding = styles.cellPadding * 2
        layoutTable(gap: gap)
        write(#"<tr><td bgcolor=""#)
        write(markup: tint)
        write(#"" class=""#)
        write(EmailClass.callout)
        write(#"" style="background-color:"#)
        write(markup: tint)
        write(";border-")
        write(direction.start)
        write(":4px solid ")
        write(markup: edge)
        write(";padding:")
        write(padding)
        write("px ")
        write(padding + 4)
        write("px;\">\n")
        blocks(callout.blocks, endGap: 0)
        write("</td></tr>\n</table>\n")
    }

    /// The ` class="…" style="…">` of a paragraph (or list item) of `role` with `gap` px below it.
    private mutating func paragraphAttributes(_ role: ParagraphRole, gap: Int) {
        write(#" class=""#)
        write(role == .note ? EmailClass.muted : EmailClass.text)
        write(#"" style=""#)
        margin(below: gap)
        write(markup: styles.paragraphFont(role))
        write("\">")
    }

    /// `margin:0 0 <gap>px 0;`, the declaration that spaces blocks.
    mutating func margin(below gap: Int) {
        write("margin:0 0 ")
        write(gap)
        write("px 0;")
    }

    /// The start of a full-width layout table with `gap` px below it, and a line end.
    mutating func layoutTable(gap: Int) {
        write("<table ")
        write(Self.layoutTable)
        write(#" width="100%" style="width:100%;"#)
        margin(below: gap)
        write("\">\n")
    }
}

import ReportDocument

extension HTMLWriter {
    /// A real data table: optional `<caption>`, a header row of `<th scope="col">` on the
    /// header colour, body rows ruled below, column widths and alignment from the columns.
    /// Without a header row, each row's first cell heads its row (`<th scope="row">`), so screen
    /// readers still know what each value belongs to. Rows shorter than the widest row get empty
    /// cells, so no cell is lost.
    ///
    /// The table sits in a box that scrolls sideways when the screen is narrower than the table
    /// (WCAG 1.4.10 Reflow: the rest of the page still fits a 320 px screen); the box can take
    /// the keyboard focus, so the table can be scrolled without a mouse, and is named by the caption.
    mutating func table(_ table: Table, gap: Int) {
        let columnCount = max(table.columns.count, table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columnCount > 0 else { return }
        let columns = (0..<columnCount).map { $0 < table.columns.count ? table.columns[$0] : TableColumn() }
        let percents = Self.percentages(columns.map(\.width))
        let palette = styles.palette

        write("<div")
        if !table.caption.isEmpty {
            write(#" role="region" aria-label=""#)
            write(attribute: table.caption)
            write(#"""#)
        }
        write(#" tabindex="0" style="overflow-x:auto;"#)
        margin(below: gap)
        write("\">\n")
        write(#"<table border="0" cellpadding="0" cellspacing="0" width="100%" "#)
        write(#"style="width:100%;border-collapse:collapse;margin:0;">"#)
        write("\n")
        if !table.caption.isEmpty {
            write(#"<caption class=""#)
            write(EmailClass.muted)
            write(#"" style="caption-side:top;text-align:"#)
            write(direction.start)
            write(";padding:0 0 4px 0;")
            write(markup: styles.caption)
            write("\">")
            write(text: table.caption)
            write("</caption>\n")
        }
        if !table.header.isEmpty {
            write("<thead><tr>")
            for (index, column) in columns.enumerated() {
                let align = align(column.alignment)
                write(#"<th scope="col" align=""#)
                write(align)
                write(#"" width=""#)
                write(percents[index])
                write(#"%" bgcolor=""#)
                write(markup: palette.tableHeader)
                write(#"" class=""#)
                ruledCellClassAndStyle(align: align, isHeader: true)
                if index < table.header.count { inlines(table.header[index]) }
                write("</th>")
            }
            write("</tr></thead>\n")
        }
        write("<tbody>\n")
        let rowHeads = table.header.isEmpty
        for row in table.rows {
            write("<tr>")
            for (index, column) in columns.enumerated() {
                let align = align(column.alignment)
                let isHead = rowHeads && index == 0
                write(isHead ? #"<th scope="row""# : "<td")
                write(#" align=""#)
                write(align)
                write(#"" valign="top" class=""#)
                ruledCellClassAndStyle(align: align, isHeader: false)
                if index < row.count { inlines(row[index]) }
                write(isHead ? "</th>" : "</td>")
            }
            write("</tr>\n")
        }
        write("</tbody>\n</table>\n</div>\n")
    }

    /// The end of a table cell's start tag, from its class list on: header cells on the header
    /// colour with a 2 px rule and bold text, body cells with a 1 px rule.
    private mutating func ruledCellClassAndStyle(align: StaticString, isHeader: Bool) {
        if isHeader {
            write(EmailClass.tableHeader)
            write(" ")
        }
        write(EmailClass.text)
        write(" ")
        write(EmailClass.ruled)
        write(#"" style="text-align:"#)
        write(align)
        write(";padding:")
        write(styles.cellPadding)
        if isHeader {
            write("px;background-color:")
            write(markup: styles.palette.tableHeader)
            write(";border-bottom:2px solid ")
        } else {
            write("px;border-bottom:1px solid ")
        }
        write(markup: styles.palette.rule)
        write(";")
        write(markup: isHeader ? styles.bodyTextBold : styles.bodyText)
        write("\">")
    }

    /// The HTML `align` value of an alignment: leading is the side lines start on (the left in
    /// left-to-right text, the right in right-to-left text).
    func align(_ alignment: TextAlignment) -> StaticString {
        switch alignment {
        case .leading: direction.start
        case .center: "center"
        case .trailing: direction.end
        }
    }

    /// Whole percentages proportional to `weights` that add up to 100; weights that are not
    /// positive numbers count as 1.
    static func percentages(_ weights: [Double]) -> [Int] {
        let clean = weights.map { $0.isFinite && $0 > 0 ? $0 : 1 }
        let total = clean.reduce(0, +)
        var result = clean.map { Int(($0 / total * 100).rounded(.down)) }
        var remainder = 100 - result.reduce(0, +)
        var index = 0
        while remainder > 0, !result.isEmpty {
            result[index % result.count] += 1
            remainder -= 1
            index += 1
        }
        return result
    }
}

import ReportDocument

extension HTMLWriter {
    /// A real data table: optional `<caption>`, a header row of `<th scope="col">` on the
    /// header colour, body rows ruled below, column widths and alignment from the columns.
    /// Without a header row, each row's first cell heads its row (`<th scope="row">`), so screen
    /// readers still know what each value belongs to. Rows shorter than the widest row get empty
    /// cells, so no cell is lost.
    mutating func table(_ table: Table, gap: Int) {
        let columnCount = max(table.columns.count, table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columnCount > 0 else { return }
        let columns = (0..<columnCount).map { $0 < table.columns.count ? table.columns[$0] : TableColumn() }
        let percents = Self.percentages(columns.map(\.width))
        let palette = styles.palette
        let padding = styles.cellPadding

        write("<table border=\"0\" cellpadding=\"0\" cellspacing=\"0\" width=\"100%\" ")
        write("style=\"width:100%;border-collapse:collapse;margin:0 0 \(gap)px 0;\">\n")
        if !table.caption.isEmpty {
            write(#"<caption class="\#(EmailClass.muted)" style="caption-side:top;text-align:left;"#)
            write("padding:0 0 4px 0;\(styles.caption)\">\(HTMLEscaping.content(table.caption))</caption>\n")
        }
        if !table.header.isEmpty {
            write("<thead><tr>")
            for (index, column) in columns.enumerated() {
                let align = Self.align(column.alignment)
                write(#"<th scope="col" align="\#(align)" width="\#(percents[index])%" "#)
                write(#"bgcolor="\#(palette.tableHeader)" "#)
                write(#"class="\#(EmailClass.tableHeader) \#(EmailClass.text) \#(EmailClass.ruled)" "#)
                write("style=\"text-align:\(align);padding:\(padding)px;background-color:\(palette.tableHeader);")
                write("border-bottom:2px solid \(palette.rule);")
                write("\(styles.bodyTextBold)\">")
                if index < table.header.count { inlines(table.header[index]) }
                write("</th>")
            }
            write("</tr></thead>\n")
        }
        write("<tbody>\n")
        for row in table.rows {
            write("<tr>")
            for (index, column) in columns.enumerated() {
                let align = Self.align(column.alignment)
                let cell = table.header.isEmpty && index == 0 ? #"th scope="row""# : "td"
                write(#"<\#(cell) align="\#(align)" valign="top" class="\#(EmailClass.text) \#(EmailClass.ruled)" "#)
                write("style=\"text-align:\(align);padding:\(padding)px;border-bottom:1px solid \(palette.rule);")
                write("\(styles.bodyText)\">")
                if index < row.count { inlines(row[index]) }
                write(cell == "td" ? "</td>" : "</th>")
            }
            write("</tr>\n")
        }
        write("</tbody>\n</table>\n")
    }

    /// The HTML `align` value of an alignment (left-to-right text).
    static func align(_ alignment: TextAlignment) -> String {
        switch alignment {
        case .leading: "left"
        case .center: "center"
        case .trailing: "right"
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

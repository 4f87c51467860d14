import ReportDocument

extension HTMLWriter {
    /// A bar chart as tables, so it survives images-off and reads well aloud: the title, then
    /// one row per bar with its label, a track whose filled cell is `value / maximum` of its
    /// width (in %, with `bgcolor`), and the value text. Highlighted bars use the accent colour.
    mutating func barChart(_ chart: BarChart, gap: Int) {
        let palette = styles.palette
        if !chart.title.isEmpty {
            write(#"<p class="\#(EmailClass.heading)" style="margin:0 0 \#(styles.cellPadding)px 0;"#)
            write("\(styles.bodyHeadingBold)\">")
            write("\(HTMLEscaping.content(chart.title))</p>\n")
        }
        write(#"<table \#(Self.layoutTable) width="100%" style="width:100%;margin:0 0 \#(gap)px 0;">"#)
        write("\n")
        for bar in chart.bars {
            let percent = Self.barPercent(bar.value, of: chart.maximum)
            let fill = bar.highlighted ? palette.accent : palette.bar
            let text = bar.highlighted ? styles.bodyTextBold : styles.bodyText
            write(#"<tr><td width="34%" valign="middle" class="\#(EmailClass.text)" "#)
            write("style=\"width:34%;padding:4px 10px 4px 0;\(text)\">\(HTMLEscaping.content(bar.label))</td>")
            write(#"<td width="54%" valign="middle" style="width:54%;padding:4px 0;">"#)
            write(#"<table \#(Self.layoutTable) width="100%" bgcolor="\#(palette.barTrack)" "#)
            write(#"class="\#(EmailClass.track)" style="width:100%;table-layout:fixed;"#)
            write("background-color:\(palette.barTrack);\"><tr>")
            if percent > 0 { barCell(width: percent, color: fill) }
            if percent < 100 { barCell(width: 100 - percent, color: nil) }
            write("</tr></table></td>")
            write(#"<td width="12%" align="right" valign="middle" class="\#(EmailClass.text)" "#)
            write("style=\"width:12%;padding:4px 0 4px 10px;text-align:right;white-space:nowrap;\(text)\">")
            write("\(HTMLEscaping.content(bar.valueText))</td></tr>\n")
        }
        write("</table>\n")
    }

    /// One cell of a bar's track: filled with `color`, or empty track when `color` is nil.
    private mutating func barCell(width: Int, color: String?) {
        let height = 14
        write("<td width=\"\(width)%\" height=\"\(height)\"")
        if let color { write(" bgcolor=\"\(color)\"") }
        write(" style=\"width:\(width)%;height:\(height)px;")
        if let color { write("background-color:\(color);") }
        write("font-size:0;line-height:0;mso-line-height-rule:exactly;\">&nbsp;</td>")
    }

    /// A bar's length as a whole percentage of the track, 0...100.
    static func barPercent(_ value: Double, of maximum: Double) -> Int {
        guard value.isFinite, maximum.isFinite, maximum > 0 else { return 0 }
        return Int((min(max(value / maximum, 0), 1) * 100).rounded())
    }
}

import ReportDocument

extension HTMLWriter {
    /// A bar chart as tables, so it survives images-off and reads well aloud: the title, then
    /// one row per bar with its label, a track whose filled cell is `value / maximum` of its
    /// width (in %, with `bgcolor`), and the value text. Highlighted bars use the accent colour.
    mutating func barChart(_ chart: BarChart, gap: Int) {
        let palette = styles.palette
        if !chart.title.isEmpty {
            write(#"<p class=""#)
            write(EmailClass.heading)
            write(#"" style=""#)
            margin(below: styles.cellPadding)
            write(markup: styles.bodyHeadingBold)
            write("\">")
            write(text: chart.title)
            write("</p>\n")
        }
        layoutTable(gap: gap)
        for bar in chart.bars {
            let percent = Self.barPercent(bar.value, of: chart.maximum)
            let fill = bar.highlighted ? palette.accent : palette.bar
            let text = bar.highlighted ? styles.bodyTextBold : styles.bodyText
            write(#"<tr><td width="34%" valign="middle" class=""#)
            write(EmailClass.text)
            write(#"" style="width:34%;padding:"#)
            write(direction == .leftToRight ? "4px 10px 4px 0;" : "4px 0 4px 10px;")
            write(markup: text)
            write("\">")
            write(text: bar.label)
            write(#"</td><td width="54%" valign="middle" style="width:54%;padding:4px 0;"><table "#)
            write(Self.layoutTable)
            write(#" width="100%" bgcolor=""#)
            write(markup: palette.barTrack)
            write(#"" class=""#)
            write(EmailClass.track)
            write(#"" style="width:100%;table-layout:fixed;background-color:"#)
            write(markup: palette.barTrack)
            write(#";"><tr>"#)
            if percent > 0 { barCell(width: percent, color: fill) }
            if percent < 100 { barCell(width: 100 - percent, color: nil) }
            write(#"</tr></table></td><td width="12%" align=""#)
            write(direction.end)
            write(#"" valign="middle" class=""#)
            write(EmailClass.text)
            write(#"" style="width:12%;padding:"#)
            write(direction == .leftToRight ? "4px 0 4px 10px" : "4px 10px 4px 0")
            write(";text-align:")
            write(direction.end)
            write(";white-space:nowrap;")
            write(markup: text)
            write("\">")
            write(text: bar.valueText)
            write("</td></tr>\n")
        }
        write("</table>\n")
    }

    /// One cell of a bar's track: filled with `color`, or empty track when `color` is nil;
    /// 14 px high.
    private mutating func barCell(width: Int, color: String?) {
        write(#"<td width=""#)
        write(width)
        write(#"%" height="14""#)
        if let color {
            write(#" bgcolor=""#)
            write(markup: color)
            write(#"""#)
        }
        write(#" style="width:"#)
        write(width)
        write("%;height:14px;")
        if let color {
            write("background-color:")
            write(markup: color)
            write(";")
        }
        write("font-size:0;line-height:0;mso-line-height-rule:exactly;\">&nbsp;</td>")
    }

    /// A bar's length as a whole percentage of the track, 0...100.
    static func barPercent(_ value: Double, of maximum: Double) -> Int {
        guard value.isFinite, maximum.isFinite, maximum > 0 else { return 0 }
        return Int((min(max(value / maximum, 0), 1) * 100).rounded())
    }
}

import ReportDocument

extension HTMLWriter {
    /// Writes a run of inlines: escaped text, `<strong>`, `<em>` and safe links.
    /// Page counters write nothing (they only mean something on a printed page).
    mutating func inlines(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                write(text: text)
            case .strong(let content):
                write("<strong>")
                self.inlines(content)
                write("</strong>")
            case .emphasis(let content):
                write("<em>")
                self.inlines(content)
                write("</em>")
            case .link(let target, let content):
                guard let link = LinkTarget(target) else {
                    self.inlines(content)
                    continue
                }
                write(#"<a href=""#)
                write(attribute: link.url)
                write(#"" class=""#)
                write(EmailClass.link)
                write(#"" style=""#)
                write(markup: styles.link)
                write("\">")
                self.inlines(content)
                write("</a>")
            case .pageNumber, .pageCount:
                break
            }
        }
    }
}

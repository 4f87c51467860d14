import ReportDocument

/// Turns nested inlines into flat runs of styled text.
///
/// Strong text is bold, emphasis italic (there is no bold-italic face: strong wins),
/// links keep their target; page counters become the numbers given, or nothing.
struct InlineFlattener {
    /// The current page number (1-based), for ``Inline/pageNumber``.
    var pageNumber: Int?
    /// The number of pages, for ``Inline/pageCount``.
    var pageCount: Int?

    /// The runs of `inlines` starting in `face`.
    func runs(_ inlines: [Inline], face: FontFace) -> [StyledText<InlineStyle>] {
        var runs: [StyledText<InlineStyle>] = []
        append(inlines, style: InlineStyle(face: face), to: &runs)
        return runs
    }

    private func append(_ inlines: [Inline], style: InlineStyle, to runs: inout [StyledText<InlineStyle>]) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                add(text, style, to: &runs)
            case .strong(let content):
                append(content, style: InlineStyle(face: .bold, link: style.link), to: &runs)
            case .emphasis(let content):
                let face: FontFace = style.face == .bold ? .bold : .italic
                append(content, style: InlineStyle(face: face, link: style.link), to: &runs)
            case .link(let target, let content):
                append(content, style: InlineStyle(face: style.face, link: target), to: &runs)
            case .pageNumber:
                if let pageNumber { add(String(pageNumber), style, to: &runs) }
            case .pageCount:
                if let pageCount { add(String(pageCount), style, to: &runs) }
            }
        }
    }

    private func add(_ text: String, _ style: InlineStyle, to runs: inout [StyledText<InlineStyle>]) {
        guard !text.isEmpty else { return }
        if let last = runs.last, last.style == style {
            runs[runs.count - 1].text += text
        } else {
            runs.append(StyledText(text: text, style: style))
        }
    }
}

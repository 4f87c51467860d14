import ReportDocument

/// Turns nested inlines into flat runs of styled text.
///
/// Strong text is bold, emphasis italic, and the two nested in either order bold italic;
/// links keep their target; page counters become the numbers given, or nothing.
struct InlineFlattener {
    /// The current page number (1-based), for ``Inline/pageNumber``.
    var pageNumber: Int?
    /// The number of pages, for ``Inline/pageCount``.
    var pageCount: Int?

    /// The runs of `inlines` starting in `face`.
    func runs(_ inlines: [Inline], face: FontFace) -> [StyledText<InlineStyle>] {
        var runs: [StyledText<InlineStyle>] = []
        append(inlines, face: face, link: nil, to: &runs)
        return runs
    }

    private func append(
        _ inlines: [Inline], face: FontFace, link: String?, to runs: inout [StyledText<InlineStyle>]
    ) {
        let style = InlineStyle(face: face, link: link)
        for inline in inlines {
            switch inline {
            case .text(let text):
                add(text, style, to: &runs)
            case .strong(let content):
                append(content, face: face.strengthened, link: link, to: &runs)
            case .emphasis(let content):
                append(content, face: face.emphasised, link: link, to: &runs)
            case .link(let target, let content):
                append(content, face: face, link: target, to: &runs)
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

extension FontFace {
    /// The face of strong text inside text of this face: bold, or bold italic inside emphasis.
    var strengthened: FontFace {
        self == .italic || self == .boldItalic ? .boldItalic : .bold
    }

    /// The face of emphasis inside text of this face: italic, or bold italic inside strong text.
    var emphasised: FontFace {
        self == .bold || self == .boldItalic ? .boldItalic : .italic
    }
}

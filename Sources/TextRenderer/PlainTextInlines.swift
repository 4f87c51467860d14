import ReportDocument

/// Inlines as plain text: styling dropped, links as `text <url>`, unsafe characters removed.
enum PlainTextInlines {
    /// The text of `inlines`. A link reads `text <url>` (just the URL when the text is the URL,
    /// just the text for a `#fragment` or an unsafe target); page counters vanish.
    static func text(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text): clean(text)
            case .strong(let content), .emphasis(let content): self.text(content)
            case .link(let target, let content): link(target, content)
            case .pageNumber, .pageCount: ""
            }
        }.joined()
    }

    /// `text` without bidi controls and control characters (tab and line ends become spaces);
    /// plain text has no markup to isolate them with.
    static func clean(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where !scalar.isBidiControl && !scalar.isDisallowedControl {
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    private static func link(_ target: String, _ content: [Inline]) -> String {
        let label = text(content)
        guard let link = LinkTarget(target), !link.isFragment else { return label }
        if label.isEmpty || label == link.readable || label == link.url { return "<\(link.readable)>" }
        return "\(label) <\(link.readable)>"
    }
}

import ReportDocument

/// Finishes the whitespace of a block's bound inline content, as HTML does: whitespace runs
/// (also across element boundaries) become one space, the start and end of the block are
/// trimmed, adjacent text runs are merged, and styling elements left empty disappear.
enum InlineWhitespace {
    /// `inlines` with whitespace collapsed and trimmed.
    static func normalize(_ inlines: [Inline]) -> [Inline] {
        if inlines.count == 1, case .text(let raw) = inlines[0] { return normalize(single: raw, inlines) }
        var afterSpace = true
        var result = collapse(inlines, afterSpace: &afterSpace)
        trimEnd(&result)
        return result
    }

    /// The common case of content that is one text run, `inlines`: collapsed, the one space
    /// collapsing may leave at either end removed; `inlines` itself when nothing changes.
    private static func normalize(single raw: String, _ inlines: [Inline]) -> [Inline] {
        var text = WhitespaceCollapsing.collapse(raw)
        if text.hasPrefix(" ") { text.removeFirst() }
        if text.hasSuffix(" ") { text.removeLast() }
        guard !text.isEmpty else { return [] }
        return text == raw ? inlines : [.text(text)]
    }

    private static func collapse(_ inlines: [Inline], afterSpace: inout Bool) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            switch inline {
            case .text(let raw):
                var text = WhitespaceCollapsing.collapse(raw)
                if afterSpace, text.hasPrefix(" ") { text.removeFirst() }
                guard !text.isEmpty else { continue }
                afterSpace = text.hasSuffix(" ")
                if case .text(let previous) = result.last {
                    result[result.count - 1] = .text(previous + text)
                } else {
                    result.append(.text(text))
                }
            case .strong(let content):
                let inner = collapse(content, afterSpace: &afterSpace)
                if !inner.isEmpty { result.append(.strong(inner)) }
            case .emphasis(let content):
                let inner = collapse(content, afterSpace: &afterSpace)
                if !inner.isEmpty { result.append(.emphasis(inner)) }
            case .link(let target, let content):
                let inner = collapse(content, afterSpace: &afterSpace)
                if !inner.isEmpty { result.append(.link(target: target, content: inner)) }
            case .pageNumber, .pageCount:
                result.append(inline)
                afterSpace = false
            }
        }
        return result
    }

    /// Removes trailing spaces at the end of the content, descending into its last element.
    private static func trimEnd(_ inlines: inout [Inline]) {
        while let last = inlines.last {
            var trimmed: Inline?
            switch last {
            case .text(let text):
                let kept = text.hasSuffix(" ") ? String(text.dropLast()) : text
                trimmed = kept.isEmpty ? nil : .text(kept)
            case .strong(var content):
                trimEnd(&content)
                trimmed = content.isEmpty ? nil : .strong(content)
            case .emphasis(var content):
                trimEnd(&content)
                trimmed = content.isEmpty ? nil : .emphasis(content)
            case .link(let target, var content):
                trimEnd(&content)
                trimmed = content.isEmpty ? nil : .link(target: target, content: content)
            case .pageNumber, .pageCount:
                return
            }
            if let trimmed {
                inlines[inlines.count - 1] = trimmed
                return
            }
            inlines.removeLast()
        }
    }
}

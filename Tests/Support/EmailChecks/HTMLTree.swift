/// One element of an HTML document as the lint sees it: its name, attributes, the text directly
/// inside it and its child elements.
public struct HTMLElement {
    /// The element name, lowercased (`#document` for the root).
    public let name: String
    /// Attribute names (lowercased) and values as written, in order.
    public let attributes: [(String, String)]
    /// The start tag as written.
    public let tag: Substring
    /// The element's own text (not its children's), entities left as written.
    public internal(set) var text = ""
    /// The elements directly inside it, in order.
    public internal(set) var children: [HTMLElement] = []

    /// The value of the first attribute called `name`.
    public func attribute(_ name: String) -> String? { attributes.first { $0.0 == name }?.1 }

    /// This element and every element inside it, in document order.
    public var descendantsAndSelf: [HTMLElement] {
        [self] + children.flatMap(\.descendantsAndSelf)
    }

    /// True when the element's own text shows something: more than spaces, `&nbsp;` and the
    /// invisible fillers of a preheader.
    var hasVisibleText: Bool {
        var visible = text
        for filler in ["&nbsp;", "&#160;", "&#847;", "&zwnj;", "&#8204;"] {
            visible = visible.replacingOccurrences(of: filler, with: "")
        }
        return visible.contains { !$0.isWhitespace }
    }
}

/// Reads an HTML document into a tree of ``HTMLElement``s: comments (Outlook's conditional markup
/// too), the doctype and the raw text of `<style>`, `<script>` and `<title>` are kept out of the
/// tree; void elements (`img`, `meta` ...) have no children; an end tag closes every element
/// opened since its start tag. Enough for the renderer's own output and small test documents.
public enum HTMLTree {
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    static let rawTextElements: Set<String> = ["style", "script", "title", "textarea"]

    /// The document as a `#document` element whose children are its top-level elements.
    public static func parse(_ html: String) -> HTMLElement {
        var open = [HTMLElement(name: "#document", attributes: [], tag: "")]
        var index = html.startIndex
        func close() {
            let element = open.removeLast()
            open[open.count - 1].children.append(element)
        }
        while index < html.endIndex {
            let rest = html[index...]
            guard rest.first == "<" else {
                let end = rest.firstIndex(of: "<") ?? html.endIndex
                open[open.count - 1].text += rest[..<end]
                index = end
                continue
            }
            if rest.hasPrefix("<!--") {
                index = rest.range(of: "-->")?.upperBound ?? html.endIndex
            } else if rest.hasPrefix("<!") || rest.hasPrefix("<?") {
                index = rest.firstIndex(of: ">").map(html.index(after:)) ?? html.endIndex
            } else if rest.hasPrefix("</") {
                let end = rest.firstIndex(of: ">") ?? html.index(before: html.endIndex)
                let name = rest.dropFirst(2).prefix { $0.isLetter || $0.isNumber }.lowercased()
                if open.dropFirst().contains(where: { $0.name == name }) {
                    while open.last?.name != name { close() }
                    close()
                }
                index = html.index(after: end)
            } else if let tag = EmailLint.startTag(at: rest) {
                var element = HTMLElement(name: tag.name, attributes: tag.attributes, tag: tag.text)
                index = tag.text.endIndex
                if rawTextElements.contains(tag.name) {
                    let closing = html[index...].range(of: "</\(tag.name)", options: .caseInsensitive)
                    element.text = String(html[index..<(closing?.lowerBound ?? html.endIndex)])
                    index =
                        closing.flatMap { html[$0.upperBound...].firstIndex(of: ">") }.map(html.index(after:))
                        ?? html.endIndex
                    open[open.count - 1].children.append(element)
                } else if voidElements.contains(tag.name) || tag.text.hasSuffix("/>") {
                    open[open.count - 1].children.append(element)
                } else {
                    open.append(element)
                }
            } else {
                open[open.count - 1].text += "<"
                index = html.index(after: index)
            }
        }
        while open.count > 1 { close() }
        return open[0]
    }
}

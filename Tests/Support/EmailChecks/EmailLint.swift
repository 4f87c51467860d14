import Foundation

/// An email lint of our own (REFERENCE section 4): returns one message per problem found,
/// so a test can `#expect(EmailLint.problems(in: html) == [])` and see every problem at once.
/// Shared by the renderer's tests and the end-to-end tests of every shipped template.
///
/// It checks what mail clients block or break on, and what the accessibility conformance
/// statement (docs/accessibility.md) promises: ``AccessibilityLint`` (language and direction,
/// tables, headings, alt text) and ``ContrastLint`` (text contrast).
public enum EmailLint {
    /// Everything in `html` that mail clients block, break on, or that hurts accessibility.
    public static func problems(in html: String) -> [String] {
        var problems: [String] = []
        let size = html.utf8.count
        if size >= 100_000 { problems.append("HTML is \(size) bytes; Gmail clips near 102 KB") }
        let tags = Self.tags(in: html)
        let forbiddenTags = ["link", "script", "svg", "form", "input", "iframe", "object", "embed", "video", "audio"]
        for tag in tags where forbiddenTags.contains(tag.name) {
            problems.append("forbidden <\(tag.name)>")
        }
        for tag in tags where tag.name == "img" {
            for attribute in ["width", "height"] where tag.attribute(attribute) == nil {
                problems.append("<img> without \(attribute): \(tag.text)")
            }
        }
        for tag in tags {
            for (name, value) in tag.attributes {
                let lowered = value.lowercased().drop(while: \.isWhitespace)
                if lowered.hasPrefix("data:") || lowered.hasPrefix("javascript:") {
                    problems.append("\(name)=\"\(value)\" on <\(tag.name)>")
                }
                if name.hasPrefix("on") { problems.append("event handler \(name) on <\(tag.name)>") }
            }
        }
        let css = tags.compactMap { $0.attribute("style") } + Self.styleBlocks(in: html)
        let forbiddenCSS = ["flex", "grid", "position:", "background-image", "url(", "@import", "@font-face"]
        for rule in forbiddenCSS where css.contains(where: { $0.lowercased().contains(rule) }) {
            problems.append("forbidden CSS \(rule)")
        }
        let document = HTMLTree.parse(html)
        problems += AccessibilityLint.problems(in: document)
        problems += ContrastLint.problems(in: document)
        return problems
    }

    /// The text between `<style>` and `</style>`.
    private static func styleBlocks(in html: String) -> [String] {
        var blocks: [String] = []
        var rest = html[...]
        while let open = rest.range(of: "<style>"), let close = rest[open.upperBound...].range(of: "</style>") {
            blocks.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return blocks
    }

    /// An opening tag: its name, attributes and where it sits.
    public struct Tag {
        /// The element name, lowercased.
        public let name: String
        /// Attribute names (lowercased) and values, in order.
        public let attributes: [(String, String)]
        /// The tag as written.
        public let text: Substring

        /// The value of the first attribute called `name`.
        public func attribute(_ name: String) -> String? { attributes.first { $0.0 == name }?.1 }
    }

    /// Every opening tag in `html` (comments included, so Outlook-only markup is checked too).
    public static func tags(in html: String) -> [Tag] {
        var tags: [Tag] = []
        var index = html.startIndex
        while let open = html[index...].firstIndex(of: "<") {
            index = html.index(after: open)
            guard let tag = startTag(at: html[open...]) else { continue }
            tags.append(Tag(name: tag.name, attributes: tag.attributes, text: tag.text))
        }
        return tags
    }

    /// The start tag `text` begins with (from its `<` to the first `>`), or nil when `text` does not
    /// begin with one.
    static func startTag(at text: Substring) -> (name: String, attributes: [(String, String)], text: Substring)? {
        guard text.first == "<", let close = text.firstIndex(of: ">") else { return nil }
        let tag = text[...close]
        let inner = tag.dropFirst().dropLast()
        let name = inner.prefix { $0.isLetter || $0.isNumber }.lowercased()
        guard !name.isEmpty else { return nil }
        return (name, attributes(inner.dropFirst(name.count)), tag)
    }

    /// `name="value"` pairs (and bare names, with an empty value) of a tag's inside.
    private static func attributes(_ text: Substring) -> [(String, String)] {
        var result: [(String, String)] = []
        var rest = text
        while true {
            rest = rest.drop { $0 == " " || $0 == "\n" || $0 == "/" }
            let name = rest.prefix { $0 != "=" && $0 != " " && $0 != ">" && $0 != "\n" }
            guard !name.isEmpty else { return result }
            rest = rest.dropFirst(name.count)
            if rest.first == "=", rest.dropFirst().first == "\"" {
                let value = rest.dropFirst(2).prefix { $0 != "\"" }
                rest = rest.dropFirst(2 + value.count + 1)
                result.append((name.lowercased(), String(value)))
            } else {
                result.append((name.lowercased(), ""))
            }
        }
    }
}

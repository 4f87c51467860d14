import Foundation

/// The XSD validator's complaints, reworded so a template writer can fix them:
/// what was found, what was expected, and where (the element path, since no column is known).
///
/// libxml2 says, for example, `Element '{urn:careerreport:template:1}p', attribute 'role':
/// [facet 'enumeration'] The value 'big' is not an element of the set {'lead', 'body', 'note'}.`;
/// this becomes `role="big" on <p> is not allowed; use one of: lead, body, note (in report/body/p)`.
enum ValidationMessages {
    /// A reworded message; `topic` names the thing it is about when libxml2 reports the same
    /// problem more than once in different words (a bad value gives a facet and a type message).
    struct Reworded {
        var text: String
        var topic: String?
    }

    static let namespace = "urn:careerreport:template:1"

    static func reword(_ message: LibXMLMessage) -> Reworded {
        guard let subject = Subject(parsing: message.text) else {
            return Reworded(text: stripNamespace(message.text) + place(message), topic: nil)
        }
        let rest = subject.rest
        let element = "<\(subject.element)>"
        let hereSuffix = place(message)

        if let attribute = subject.attribute, isValueProblem(rest) {
            let value = quotedValue(in: rest)
            let expected =
                options(in: rest).map { "use one of: \($0)" }
                ?? expectation(forAttribute: attribute, on: subject.element).map { "expected \($0)" }
                ?? "this value is not valid"
            return Reworded(
                text: "\(attribute)=\"\(value)\" on \(element) is not allowed; \(expected)\(hereSuffix)",
                topic: "value:\(attribute)")
        }
        if isValueProblem(rest) {
            let value = quotedValue(in: rest)
            let expected =
                options(in: rest).map { "use one of: \($0)" }
                ?? expectation(forElement: subject.element).map { "expected \($0)" } ?? "this value is not valid"
            return Reworded(
                text: "\(element)\(value)</\(subject.element)> is not allowed; \(expected)\(hereSuffix)",
                topic: "value")
        }
        if rest.contains("does not match the fixed value constraint"), let attribute = subject.attribute {
            return Reworded(
                text: "\(attribute)=\"\(quotedValue(in: rest))\" on \(element) is not supported; "
                    + "this engine reads templates with \(attribute)=\"1\"\(hereSuffix)",
                topic: nil)
        }
        if rest.contains("is required but missing"), let missing = firstQuoted(in: rest) {
            let hint = expectation(forAttribute: missing, on: subject.element).map { " (\($0))" } ?? ""
            return Reworded(text: "\(element) is missing the attribute \(missing)\(hint)\(hereSuffix)", topic: nil)
        }
        if rest.contains("is not allowed") && rest.hasPrefix("The attribute"), let extra = firstQuoted(in: rest) {
            return Reworded(
                text: "\(element) has no attribute \(extra); check the spelling (docs/templates.md lists "
                    + "the attributes of every element)\(hereSuffix)",
                topic: nil)
        }
        if rest.hasPrefix("This element is not expected") {
            var text = "\(element) is not allowed here"
            if !subject.inTemplateNamespace {
                text += " (it is not in the template namespace: check xmlns=\"\(namespace)\" on <report>)"
            }
            if let expected = expectedElements(in: rest) {
                text += "; expected \(expected)"
            }
            return Reworded(text: text + hereSuffix, topic: nil)
        }
        if rest.hasPrefix("Missing child element") {
            let expected = expectedElements(in: rest) ?? "more content"
            return Reworded(text: "\(element) is missing \(expected)\(hereSuffix)", topic: nil)
        }
        if rest.contains("No matching global declaration available for the validation root") {
            let text =
                subject.element == "report"
                ? "<report> must be in the template namespace: write <report xmlns=\"\(namespace)\" version=\"1\">"
                : "the root element must be <report xmlns=\"\(namespace)\" version=\"1\">, not \(element)"
            return Reworded(text: text, topic: nil)
        }
        if rest.contains("Character content other than whitespace is not allowed") {
            return Reworded(
                text: "\(element) cannot contain text directly; put the text inside an element such as "
                    + "<p>, <item>, <cell> or <label>\(hereSuffix)",
                topic: "text")
        }
        if rest.contains("Character content is not allowed") || rest.contains("content type is empty") {
            return Reworded(text: "\(element) must be empty; write <\(subject.element)/>\(hereSuffix)", topic: "text")
        }
        if rest.contains("Element content is not allowed") {
            return Reworded(text: "\(element) may contain only text, not elements\(hereSuffix)", topic: nil)
        }
        return Reworded(text: "\(element): \(stripNamespace(rest))\(hereSuffix)", topic: nil)
    }

    // MARK: - Pieces of libxml2's messages

    /// `Element 'NAME'` and, optionally, `, attribute 'NAME'`, then `: REST`.
    private struct Subject {
        var element: String
        var inTemplateNamespace: Bool
        var attribute: String?
        var rest: String

        init?(parsing text: String) {
            guard text.hasPrefix("Element '") else { return nil }
            var remainder = text.dropFirst("Element '".count)
            guard let elementEnd = remainder.firstIndex(of: "'") else { return nil }
            let qualified = String(remainder[..<elementEnd])
            remainder = remainder[remainder.index(after: elementEnd)...]
            let prefix = "{\(ValidationMessages.namespace)}"
            inTemplateNamespace = qualified.hasPrefix(prefix)
            element = inTemplateNamespace ? String(qualified.dropFirst(prefix.count)) : qualified
            if remainder.hasPrefix(", attribute '") {
                remainder = remainder.dropFirst(", attribute '".count)
                guard let attributeEnd = remainder.firstIndex(of: "'") else { return nil }
                attribute = String(remainder[..<attributeEnd])
                remainder = remainder[remainder.index(after: attributeEnd)...]
            }
            guard remainder.hasPrefix(": ") else { return nil }
            rest = String(remainder.dropFirst(2))
        }
    }

    private static func isValueProblem(_ rest: String) -> Bool {
        rest.hasPrefix("[facet '") || rest.contains("is not a valid value of the")
    }

    /// The value in `The value 'V' ...` or `'V' is not a valid value ...`.
    private static func quotedValue(in rest: String) -> String {
        if let range = rest.range(of: "The value '") {
            return String(rest[range.upperBound...].prefix { $0 != "'" })
        }
        return firstQuoted(in: rest) ?? ""
    }

    private static func firstQuoted(in text: String) -> String? {
        guard let start = text.firstIndex(of: "'") else { return nil }
        let after = text[text.index(after: start)...]
        guard let end = after.firstIndex(of: "'") else { return nil }
        return String(after[..<end])
    }

    /// `lead, body, note` from `is not an element of the set {'lead', 'body', 'note'}`.
    private static func options(in rest: String) -> String? {
        guard rest.contains("[facet 'enumeration']"), let open = rest.firstIndex(of: "{"),
            let close = rest.lastIndex(of: "}"), open < close
        else { return nil }
        return rest[rest.index(after: open)..<close]
            .split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "'")) }
            .joined(separator: ", ")
    }

    /// `<label>` or `one of <p>, <list>` from `Expected is ( ... ).` / `Expected is one of ( ... ).`
    private static func expectedElements(in rest: String) -> String? {
        guard let marker = rest.range(of: "Expected is"),
            let open = rest[marker.upperBound...].firstIndex(of: "("),
            let close = rest.lastIndex(of: ")"), open < close
        else { return nil }
        var names: [String] = []
        for raw in rest[rest.index(after: open)..<close].split(separator: ",") {
            let name = "<\(stripNamespace(raw.trimmingCharacters(in: .whitespaces)))>"
            if !names.contains(name) { names.append(name) }
        }
        guard !names.isEmpty else { return nil }
        return names.count == 1 ? names[0] : "one of " + names.joined(separator: ", ")
    }

    private static func stripNamespace(_ text: String) -> String {
        text.replacingOccurrences(of: "{\(namespace)}", with: "")
    }

    private static func place(_ message: LibXMLMessage) -> String {
        message.elementPath.isEmpty ? "" : " (in \(message.elementPath))"
    }

    // MARK: - What each attribute and simple element expects

    private static func expectation(forAttribute attribute: String, on element: String) -> String? {
        switch attribute {
        case "level": "1, 2 or 3"
        case "height": "a number of points, 0 or more, such as 12"
        case "width" where element == "image": "a number of points greater than 0, such as 120 (72 points are an inch)"
        case "src": "the path of a PNG or JPEG file, relative to the template's folder, such as logo.png"
        case "width": "a number greater than 0, such as 2 (widths are shares of the table width)"
        case "max": "a number greater than 0, such as 100"
        case "digits": "a whole number from 0 to 6"
        case "id": "an id: a letter, then letters, digits, - or _ (such as top-careers)"
        case "href": "a link starting with https://, mailto: or # (such as https://www.onetonline.org or #skills)"
        case "of", "items", "path", "value-of", "highlight-of", "href-of", "exists", "empty", "true", "equals":
            "a path: names joined by dots such as student.name.given, or one of . @index @number @first @last"
        case "keep-together", "keep-with-next", "decorative": "true or false"
        case "version": "1"
        default: nil
        }
    }

    private static func expectation(forElement element: String) -> String? {
        switch element {
        case "language": "a language code such as en or es-MX"
        case "page-size": "a4 or letter"
        default: nil
        }
    }
}

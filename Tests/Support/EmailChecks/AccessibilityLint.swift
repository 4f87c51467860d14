/// The structural accessibility checks of the email lint (docs/accessibility.md): `lang` and a
/// `dir` that fits it on `<html>`, and again on a `<div>` in the body for webmail; a `<title>`; every table either a layout table (`role="presentation"`,
/// no header cells or caption) or a data table (a caption, header cells, each with `scope`);
/// headings that start at level 1 and never skip a level going down.
public enum AccessibilityLint {
    /// Languages written right to left, by their ISO 639 code, and right-to-left scripts
    /// (ISO 15924), which decide when a tag names one (`az-Arab`).
    static let rightToLeftLanguages: Set<String> = ["ar", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "ug", "ur", "yi"]
    static let rightToLeftScripts: Set<String> = [
        "adlm", "arab", "hebr", "mand", "nkoo", "rohg", "samr", "syrc", "thaa",
    ]

    /// One message per problem in `document`.
    public static func problems(in document: HTMLElement) -> [String] {
        let elements = document.descendantsAndSelf
        var problems = languageProblems(elements.first { $0.name == "html" })
        if let html = elements.first(where: { $0.name == "html" }), let lang = html.attribute("lang"),
            !elements.contains(where: {
                $0.name == "div" && $0.attribute("lang") == lang && $0.attribute("dir") == html.attribute("dir")
            })
        {
            problems.append("no <div lang=\"\(lang)\" dir=...> in the body; webmail drops <html> and its lang and dir")
        }
        if !elements.contains(where: { $0.name == "title" && $0.hasVisibleText }) {
            problems.append("the page has no <title>")
        }
        for image in elements where image.name == "img" && image.attribute("alt") == nil {
            problems.append("<img> without alt: \(image.tag)")
        }
        for table in elements where table.name == "table" {
            problems += tableProblems(table)
        }
        problems += headingProblems(elements)
        return problems
    }

    /// `lang` present, and `dir` present and right for the language.
    static func languageProblems(_ html: HTMLElement?) -> [String] {
        guard let html, let lang = html.attribute("lang"), !lang.isEmpty else { return ["<html> has no lang"] }
        let expected = direction(of: lang)
        guard let dir = html.attribute("dir") else { return ["<html> has no dir (expected dir=\"\(expected)\")"] }
        return dir == expected ? [] : ["<html lang=\"\(lang)\"> has dir=\"\(dir)\"; expected dir=\"\(expected)\""]
    }

    /// `rtl` or `ltr` for a BCP 47 language tag.
    static func direction(of language: String) -> String {
        let subtags = language.lowercased().split(separator: "-").map(String.init)
        let rightToLeft =
            if let script = subtags.dropFirst().first(where: { $0.count == 4 && $0.allSatisfy(\.isLetter) }) {
                rightToLeftScripts.contains(script)
            } else {
                rightToLeftLanguages.contains(subtags.first ?? "")
            }
        return rightToLeft ? "rtl" : "ltr"
    }

    /// A layout table has no header cells and no caption; a data table has a caption, header
    /// cells, and `scope` on each of them. Nested tables are judged on their own.
    static func tableProblems(_ table: HTMLElement) -> [String] {
        let own = ownElements(of: table)
        let headers = own.filter { $0.name == "th" }
        let captions = own.filter { $0.name == "caption" }
        if table.attribute("role") == "presentation" {
            return headers.isEmpty && captions.isEmpty && !own.contains(where: { $0.name == "thead" })
                ? [] : ["role=presentation on a data table (it has header cells or a caption): \(table.tag)"]
        }
        guard !headers.isEmpty else { return ["layout table without role=presentation: \(table.tag)"] }
        var problems: [String] = []
        if !captions.contains(where: { $0.hasVisibleText || !$0.children.isEmpty }) {
            problems.append("data table without a caption: \(table.tag)")
        }
        let scopes: Set<String> = ["col", "row", "colgroup", "rowgroup"]
        for header in headers where !scopes.contains(header.attribute("scope") ?? "") {
            problems.append("<th> without scope=\"col\" or \"row\" in a data table: \(header.tag)")
        }
        return problems
    }

    /// The elements inside `table` that belong to it, not to a table nested in it.
    private static func ownElements(of table: HTMLElement) -> [HTMLElement] {
        table.children.flatMap { child in child.name == "table" ? [] : [child] + ownElements(of: child) }
    }

    /// The first heading is `<h1>`, and each heading is at most one level deeper than the one before.
    static func headingProblems(_ elements: [HTMLElement]) -> [String] {
        var previous = 0
        var problems: [String] = []
        for element in elements {
            guard element.name.count == 2, element.name.first == "h", let level = Int(element.name.dropFirst()),
                (1...6).contains(level)
            else { continue }
            if level > previous + 1 {
                problems.append(
                    previous == 0
                        ? "the first heading is <h\(level)>, not <h1>"
                        : "heading levels skip a level: <h\(level)> follows <h\(previous)>")
            }
            previous = level
        }
        return problems
    }
}

import Foundation

/// The contrast check of the email lint: every element with visible text of its own must reach
/// WCAG 2.1's 4.5:1 (1.4.3) between its text colour and the background behind it, or 3:1 for
/// large text (at least 24 px, or 18.66 px bold).
///
/// Colours and sizes come from inline styles and `bgcolor`, inherited the way CSS inherits them;
/// the `<style>` block (dark mode) is not read: axe-core checks that in a browser. The WCAG
/// formula is written out here again on purpose, so the lint doesn't trust the product's code.
public enum ContrastLint {
    /// One message per distinct failing colour pair.
    public static func problems(in document: HTMLElement) -> [String] {
        var problems: [String] = []
        check(document, Look(), into: &problems)
        var seen: Set<String> = []
        return problems.filter { seen.insert($0).inserted }
    }

    /// The WCAG 2.1 contrast ratio of two `#rrggbb` colours, 1...21.
    public static func ratio(_ first: String, _ second: String) -> Double? {
        guard let a = luminance(first), let b = luminance(second) else { return nil }
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// What an element inherits: text colour, background, size in px, weight, visibility.
    private struct Look {
        var color = "#000000"
        var background = "#ffffff"
        var size = 16.0
        var bold = false
        var hidden = false
    }

    private static let boldElements: Set<String> = ["b", "strong", "th", "h1", "h2", "h3", "h4", "h5", "h6"]

    private static func check(_ element: HTMLElement, _ inherited: Look, into problems: inout [String]) {
        var look = inherited
        if boldElements.contains(element.name) { look.bold = true }
        if let color = element.attribute("bgcolor") { look.background = color.lowercased() }
        for declaration in (element.attribute("style") ?? "").split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1).map {
                $0.trimmingCharacters(in: .whitespaces).lowercased()
            }
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "color": look.color = parts[1]
            case "background-color": look.background = parts[1]
            case "font-size": look.size = Double(parts[1].replacingOccurrences(of: "px", with: "")) ?? look.size
            case "font-weight": look.bold = parts[1] == "bold" || (Int(parts[1]) ?? 400) >= 700
            case "display" where parts[1] == "none": look.hidden = true
            default: break
            }
        }
        if !look.hidden, look.size >= 2, element.hasVisibleText {
            let large = look.size >= 24 || (look.size >= 18.66 && look.bold)
            let needed = large ? 3.0 : 4.5
            if let ratio = ratio(look.color, look.background) {
                if ratio < needed {
                    let shown = (ratio * 100).rounded(.down) / 100
                    problems.append(
                        "text \(look.color) on \(look.background) in <\(element.name)>: contrast \(shown):1, "
                            + "below the \(needed):1 \(large ? "large " : "")text needs")
                }
            } else {
                problems.append("unreadable colour \(look.color) or \(look.background) on <\(element.name)>")
            }
        }
        for child in element.children { check(child, look, into: &problems) }
    }

    /// Relative luminance of `#rgb` or `#rrggbb` (WCAG 2.1 definition), or nil.
    private static func luminance(_ hex: String) -> Double? {
        var digits = hex.dropFirst()
        guard hex.first == "#" else { return nil }
        if digits.count == 3 { digits = Substring(digits.map { "\($0)\($0)" }.joined()) }
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        func linear(_ shift: UInt32) -> Double {
            let channel = Double((value >> shift) & 0xFF) / 255
            return channel <= 0.04045 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4)
        }
        let red = linear(16), green = linear(8), blue = linear(0)
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue
    }
}

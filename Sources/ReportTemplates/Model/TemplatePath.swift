/// A path into the report data as written in a template: `student.name.given`, `careers.0.title`,
/// `.` (the current context) or a loop variable such as `@index`.
struct TemplatePath: Sendable, Equatable, CustomStringConvertible {
    /// What the path selects.
    enum Target: Sendable, Equatable {
        /// `.`: the innermost context itself.
        case current
        /// `@index`, `@number`, `@first`, `@last`: the position in the innermost `each`.
        case loopVariable(LoopVariable)
        /// Dotted keys, looked up mustache-style: the first key in the innermost context that has
        /// it, outward to the root; the other keys below that (split once, when the template is
        /// read, not at every lookup).
        case keys(first: String, rest: [String])
    }

    /// The path as the template wrote it.
    let text: String
    /// What it selects.
    let target: Target

    /// Reads a path; the schema has already checked its spelling.
    init(_ text: String) {
        self.text = text
        if text == "." {
            target = .current
        } else if let variable = LoopVariable(rawValue: text) {
            target = .loopVariable(variable)
        } else {
            let keys = text.split(separator: ".").map(String.init)
            target = .keys(first: keys.first ?? text, rest: Array(keys.dropFirst()))
        }
    }

    var description: String { text }
}

/// The values `each` provides about the current item.
enum LoopVariable: String, Sendable, Equatable {
    /// 0-based position.
    case index = "@index"
    /// 1-based position.
    case number = "@number"
    /// True for the first item.
    case first = "@first"
    /// True for the last item.
    case last = "@last"
}

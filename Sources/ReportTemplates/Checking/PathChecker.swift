import ReportDocument

/// Resolves every data path of a template against the declared shape of its data model, before
/// any data exists: a misspelt path, a list written with `<value>`, or text looped over with
/// `<each>` is found with its line and column, and a close miss gets a "did you mean".
///
/// Paths resolve as they do when binding: the first name in the innermost context that has it
/// (the item of an `<each>`, the value of a `<with>`), outward to the root.
final class PathChecker {
    /// Problems found; all errors.
    private(set) var diagnostics: DiagnosticList
    /// The model's name, for messages: `student`.
    private let model: String

    init(fileName: String, model: String) {
        diagnostics = DiagnosticList(file: fileName)
        self.model = model
    }

    /// Checks every path of `template` against `shape`, the root of the data it binds.
    func check(_ template: DocumentTemplate, against shape: ReportShape) {
        let scope = ShapeScope(contexts: [shape], loopDepth: 0)
        let metadata = template.metadata
        for field in [metadata.title, metadata.subject, metadata.author, metadata.preheader] {
            inlines(field, scope)
        }
        for decoration in [template.header, template.footer].compactMap({ $0 }) {
            for part in [decoration.left, decoration.center, decoration.right] {
                inlines(part, scope)
            }
        }
        blocks(template.body, scope)
    }

    // MARK: - Walking

    private func blocks(_ fragments: [BlockFragment], _ scope: ShapeScope) {
        walk(fragments, scope) { block, _, scope in visit(block, scope) }
    }

    /// Checks one block, and the blocks and inline content inside it.
    private func visit(_ block: BlockTemplate, _ scope: ShapeScope) {
        switch block {
        case .section(_, _, let children), .callout(_, let children):
            blocks(children, scope)
        case .heading(_, _, let content), .paragraph(_, let content):
            inlines(content, scope)
        case .list(_, let items):
            walk(items, scope) { item, _, scope in inlines(item.content, scope) }
        case .table(let table):
            for cell in table.header { inlines(cell, scope) }
            walk(table.rows, scope) { row, _, scope in
                for cell in row.cells { inlines(cell, scope) }
            }
        case .barChart(let chart):
            walk(chart.bars, scope) { bar, location, scope in
                check(bar.value, .barValue, at: location, scope)
                if let highlight = bar.highlight { check(highlight, .test, at: location, scope) }
                inlines(bar.label, scope)
                inlines(bar.shows ?? [], scope)
            }
        case .keptWithNext(let block):
            visit(block, scope)
        case .image, .spacer, .rule, .pageBreak:
            break
        }
    }

    private func inlines(_ fragments: [InlineFragment], _ scope: ShapeScope) {
        walk(fragments, scope) { inline, location, scope in
            switch inline {
            case .text, .pageNumber, .pageCount:
                break
            case .strong(let content), .emphasis(let content):
                inlines(content, scope)
            case .link(let target, let content):
                if case .path(let path) = target { check(path, .link, at: location, scope) }
                inlines(content, scope)
            case .value(let value):
                check(value.path, .value(value.format), at: location, scope)
            }
        }
    }

    /// Visits the content of `fragments` in the scope it stands in: `each` enters the list's
    /// item shape, `with` the shape at its path.
    private func walk<Content>(
        _ fragments: [TemplateFragment<Content>], _ scope: ShapeScope,
        _ visit: (Content, SourceLocation, ShapeScope) -> Void
    ) {
        BindingWalk.walk(fragments, in: scope, self, visit)
    }

    // MARK: - Paths

    /// What a path is used for, and so what it must hold.
    private enum Use {
        case value(ValueFormat), each, with, test, barValue, link
    }

    /// The shape at `path`, after recording an error when it does not resolve or does not suit
    /// `use`; nil when it is unknown.
    @discardableResult
    private func check(_ path: TemplatePath, _ use: Use, at location: SourceLocation, _ scope: ShapeScope)
        -> ReportShape?
    {
        let shape: ReportShape
        switch scope.resolve(path) {
        case .found(let found):
            shape = found
        case .unknown:
            return nil
        case .missing(let problem):
            diagnostics.error(problem.message(for: path, model: model), at: location)
            return nil
        }
        if let needed = problem(with: shape, for: use, at: path) {
            diagnostics.error(needed, at: location)
        }
        return shape
    }

    /// Why `shape` cannot serve `use`, or nil when it can.
    private func problem(with shape: ReportShape, for use: Use, at path: TemplatePath) -> String? {
        switch use {
        case .test, .with:
            return nil
        case .each:
            return shape.element == nil
                ? "<each items=\"\(path)\"> needs a list, but '\(path)' is \(shape); use <value of=\"\(path)\"/> "
                    + "to write it" : nil
        case .value(let format):
            guard shape.isScalar else {
                let advice = shape.element != nil ? "<each items=\"\(path)\">" : "<with path=\"\(path)\">"
                return "<value of=\"\(path)\"/> can only write text, a number or yes/no, but '\(path)' is \(shape); "
                    + "use \(advice) and write its parts"
            }
            switch (format, shape.unwrapped) {
            case (.number, .number), (.percent, .number), (.date, .text), (.text, _):
                return nil
            default:
                let needed = format == .date ? "text holding a date (yyyy-mm-dd)" : "a number"
                return "format=\"\(format.rawValue)\" needs \(needed), but '\(path)' is \(shape)"
            }
        case .barValue:
            return shape.unwrapped == .number ? nil : "value-of=\"\(path)\" must be a number, but '\(path)' is \(shape)"
        case .link:
            return shape.unwrapped == .text
                ? nil : "href-of=\"\(path)\" must be text (a link), but '\(path)' is \(shape)"
        }
    }
}

/// The shapes a path is resolved against while checking: the root, then every shape entered by
/// `each` and `with`, innermost last (nil where a path did not resolve, so nothing below it is checked).
struct ShapeScope {
    var contexts: [ReportShape?]
    var loopDepth: Int

    /// This scope inside an `each` over a list whose items have `element`.
    func iterating(_ element: ReportShape?) -> ShapeScope {
        ShapeScope(contexts: contexts + [element], loopDepth: loopDepth + 1)
    }

    /// This scope inside a `with` of `shape`.
    func entering(_ shape: ReportShape?) -> ShapeScope {
        ShapeScope(contexts: contexts + [shape], loopDepth: loopDepth)
    }

    /// What a path resolves to.
    enum Resolution {
        /// The shape at the path.
        case found(ReportShape)
        /// The path leads through something not checked (an unresolved `each`, a loop variable
        /// outside `each`, which the template checker reports).
        case unknown
        /// The path does not exist in the model.
        case missing(MissingPath)
    }

    func resolve(_ path: TemplatePath) -> Resolution {
        switch path.target {
        case .current:
            return contexts.last.flatMap { $0 }.map(Resolution.found) ?? .unknown
        case .loopVariable(let variable):
            guard loopDepth > 0 else { return .unknown }
            switch variable {
            case .index, .number: return .found(.number)
            case .first, .last: return .found(.flag)
            }
        case .keys(let first, let rest):
            let keys = [first] + rest
            guard let root = contexts.reversed().compactMap({ $0 }).first(where: { $0.field(first) != nil }),
                var current = root.field(first)
            else {
                if contexts.contains(where: { $0 == nil }) { return .unknown }
                var names: [String] = []
                for name in contexts.reversed().compactMap({ $0 }).flatMap(\.fieldNames) where !names.contains(name) {
                    names.append(name)
                }
                return .missing(MissingPath(keys: keys, resolved: 0, candidates: names, kind: nil))
            }
            for (index, key) in keys.enumerated().dropFirst() {
                if let field = current.field(key) {
                    current = field
                } else if let element = current.element, Int(key) != nil {
                    current = element
                } else {
                    return .missing(
                        MissingPath(keys: keys, resolved: index, candidates: current.fieldNames, kind: current))
                }
            }
            return .found(current)
        }
    }
}

/// A path that stops resolving at `keys[resolved]`.
struct MissingPath {
    var keys: [String]
    /// How many keys resolved.
    var resolved: Int
    /// The names that exist where the path stopped.
    var candidates: [String]
    /// The shape where the path stopped; nil at the first key.
    var kind: ReportShape?

    /// What is wrong and what to write instead.
    func message(for path: TemplatePath, model: String) -> String {
        let missing = keys[resolved]
        let prefix = keys.prefix(resolved).joined(separator: ".")
        if let kind, kind.element != nil {
            return "'\(prefix)' is a list, so it has no '\(missing)'; go through it with <each items=\"\(prefix)\">, "
                + "or pick one item by number, such as \(prefix).0"
        }
        if let kind, kind.fieldNames.isEmpty {
            return
                "'\(prefix)' is \(kind), so it has no '\(missing)'; remove '.\(keys[resolved...].joined(separator: "."))'"
        }
        var message = "no value '\(path)' in the \(model) report data"
        if let best = Spelling.closest(to: missing, in: candidates) {
            let corrected = keys.prefix(resolved) + [best] + keys.dropFirst(resolved + 1)
            message += "; did you mean '\(corrected.joined(separator: "."))'?"
        } else if candidates.count <= 12 {
            let place = resolved == 0 ? "here" : "'\(prefix)'"
            message += "; \(place) has: \(candidates.joined(separator: ", "))"
        } else {
            message += "; check the spelling against the list of paths (docs/report-data.md for student reports)"
        }
        return message
    }
}

extension PathChecker: BindingRules {
    /// The body of `<each>` once, in the shape of the list's items.
    func each(_ items: TemplatePath, at location: SourceLocation, in scope: ShapeScope, _ body: (ShapeScope) -> Void) {
        body(scope.iterating(check(items, .each, at: location, scope)?.element))
    }

    /// Both branches of `<if>`.
    func branches(of condition: TemplateCondition, at location: SourceLocation, in scope: ShapeScope) -> IfBranches {
        check(condition.path, .test, at: location, scope)
        return .both
    }

    /// The body of `<with>`, in the shape at its path.
    func with(_ path: TemplatePath, at location: SourceLocation, in scope: ShapeScope) -> ShapeScope? {
        scope.entering(check(path, .with, at: location, scope))
    }
}

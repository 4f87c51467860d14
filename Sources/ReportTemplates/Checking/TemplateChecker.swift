/// Checks a built template for what neither XML nor the schema can see:
/// unique ids, headings that do not skip a level, tables without a caption, page counters outside
/// the page header and footer, loop variables outside `<each>`, and `#id` links to ids that do not exist.
final class TemplateChecker {
    /// Problems found; errors and warnings.
    private(set) var diagnostics: DiagnosticList
    private var ids: [String: SourceLocation] = [:]
    private var internalLinks: [(id: String, location: SourceLocation)] = []
    private var previousHeadingLevel = 0

    init(fileName: String) {
        diagnostics = DiagnosticList(file: fileName)
    }

    /// Checks the whole template, in document order.
    func check(_ template: DocumentTemplate) {
        let metadata = template.metadata
        for field in [metadata.title, metadata.subject, metadata.author, metadata.preheader] {
            inlines(field, where: .plain, loopDepth: 0)
        }
        for decoration in [template.header, template.footer].compactMap({ $0 }) {
            for part in [decoration.left, decoration.center, decoration.right] {
                inlines(part, where: .pageDecoration, loopDepth: 0)
            }
        }
        blocks(template.body, loopDepth: 0)
        for link in internalLinks where ids[link.id] == nil {
            diagnostics.warning(
                "the link goes to #\(link.id), but no section or heading has id=\"\(link.id)\"",
                at: link.location)
        }
    }

    /// Where inline content stands, for the page-counter rule.
    private enum Place {
        case plain, body, pageDecoration
    }

    // MARK: - Walking

    private func blocks(_ fragments: [BlockFragment], loopDepth: Int) {
        walk(fragments, loopDepth: loopDepth) { block, location, depth in visit(block, at: location, loopDepth: depth) }
    }

    /// Checks one block, and the blocks and inline content inside it.
    private func visit(_ block: BlockTemplate, at location: SourceLocation, loopDepth depth: Int) {
        switch block {
        case .section(let id, _, let children):
            declare(id, at: location, repeated: depth > 0)
            blocks(children, loopDepth: depth)
        case .heading(let level, let id, let content):
            declare(id, at: location, repeated: depth > 0)
            checkLevel(level, at: location)
            inlines(content, where: .body, loopDepth: depth)
        case .paragraph(_, let content):
            inlines(content, where: .body, loopDepth: depth)
        case .list(_, let items):
            walk(items, loopDepth: depth) { item, _, depth in inlines(item.content, where: .body, loopDepth: depth)
            }
        case .table(let table):
            if table.caption.allSatisfy(\.isWhitespace) {
                diagnostics.warning(
                    "this <table> has no caption; screen readers announce a table by its caption, so add caption=\"...\" saying what the table shows",
                    at: location)
            }
            for cell in table.header { inlines(cell, where: .body, loopDepth: depth) }
            walk(table.rows, loopDepth: depth) { row, _, depth in
                for cell in row.cells { inlines(cell, where: .body, loopDepth: depth) }
            }
        case .barChart(let chart):
            walk(chart.bars, loopDepth: depth) { bar, location, depth in
                for path in [bar.value] + (bar.highlight.map { [$0] } ?? []) {
                    checkPath(path, at: location, loopDepth: depth)
                }
                inlines(bar.label, where: .plain, loopDepth: depth)
                inlines(bar.shows ?? [], where: .plain, loopDepth: depth)
            }
        case .callout(_, let children):
            blocks(children, loopDepth: depth)
        case .keptWithNext(let block):
            visit(block, at: location, loopDepth: depth)
        case .image, .spacer, .rule, .pageBreak:
            break
        }
    }

    private func inlines(_ fragments: [InlineFragment], where place: Place, loopDepth: Int) {
        walk(fragments, loopDepth: loopDepth) { inline, location, depth in
            switch inline {
            case .text:
                break
            case .strong(let content), .emphasis(let content):
                inlines(content, where: place, loopDepth: depth)
            case .link(let target, let content):
                switch target {
                case .literal(let href) where href.hasPrefix("#"):
                    internalLinks.append((String(href.dropFirst()), location))
                case .literal:
                    break
                case .path(let path):
                    checkPath(path, at: location, loopDepth: depth)
                }
                inlines(content, where: place, loopDepth: depth)
            case .value(let value):
                checkPath(value.path, at: location, loopDepth: depth)
            case .pageNumber, .pageCount:
                if place != .pageDecoration {
                    let name = if case .pageNumber = inline { "page-number" } else { "page-count" }
                    diagnostics.error(
                        "<\(name)/> only has a value in the page <header> or <footer>; remove it from here",
                        at: location)
                }
            }
        }
    }

    /// Visits the content of `fragments` with the loop depth it stands at, checking the paths of
    /// the binding elements on the way.
    private func walk<Content>(
        _ fragments: [TemplateFragment<Content>], loopDepth: Int,
        _ visit: (Content, SourceLocation, Int) -> Void
    ) {
        BindingWalk.walk(fragments, in: loopDepth, self, visit)
    }

    // MARK: - Rules

    private func declare(_ id: String, at location: SourceLocation, repeated: Bool) {
        guard !id.isEmpty else { return }
        if let first = ids[id] {
            diagnostics.error(
                "the id \"\(id)\" is already used on line \(first.line); every id must be unique",
                at: location)
            return
        }
        ids[id] = location
        if repeated {
            diagnostics.warning(
                "id=\"\(id)\" is inside <each>, so every repetition gets the same id; links to it reach only the first",
                at: location)
        }
    }

    private func checkLevel(_ level: Int, at location: SourceLocation) {
        if level > previousHeadingLevel + 1 {
            let advice =
                previousHeadingLevel == 0
                ? "the first heading should be level 1"
                : "level \(level) follows level \(previousHeadingLevel); use level \(previousHeadingLevel + 1) here"
            diagnostics.warning(
                "heading levels skip a level: \(advice) (outlines and screen readers expect no gaps)",
                at: location)
        }
        previousHeadingLevel = level
    }

    private func checkPath(_ path: TemplatePath, at location: SourceLocation, loopDepth: Int) {
        if case .loopVariable = path.target, loopDepth == 0 {
            diagnostics.error("\(path) only has a value inside <each>", at: location)
        }
    }
}

extension TemplateChecker: BindingRules {
    /// The body of `<each>` once, one loop deeper.
    func each(_ items: TemplatePath, at location: SourceLocation, in loopDepth: Int, _ body: (Int) -> Void) {
        checkPath(items, at: location, loopDepth: loopDepth)
        body(loopDepth + 1)
    }

    /// Both branches of `<if>`.
    func branches(of condition: TemplateCondition, at location: SourceLocation, in loopDepth: Int) -> IfBranches {
        checkPath(condition.path, at: location, loopDepth: loopDepth)
        return .both
    }

    /// The body of `<with>`, at the same loop depth.
    func with(_ path: TemplatePath, at location: SourceLocation, in loopDepth: Int) -> Int? {
        checkPath(path, at: location, loopDepth: loopDepth)
        return loopDepth
    }
}

import ReportDocument

/// Binds one template to one set of report data, producing a ``ReportDocument``.
///
/// Made afresh for every ``ReportTemplate/bind(_:theme:)`` call, so concurrent binds share
/// nothing mutable. Problems are collected, not thrown at the first one, so a template writer
/// sees every unresolved path of a run at once.
final class TemplateBinder {
    /// Problems found while binding.
    private(set) var diagnostics: DiagnosticList
    /// The document language, for dates.
    private let language: String

    init(fileName: String, language: String) {
        diagnostics = DiagnosticList(file: fileName)
        self.language = language
    }

    /// The document for `template` and `data`.
    func bind(_ template: DocumentTemplate, data: ReportValue, theme: Theme) -> ReportDocument {
        let scope = BindingScope(root: data)
        let meta = template.metadata
        return ReportDocument(
            metadata: DocumentMetadata(
                title: plainText(meta.title, scope), subject: plainText(meta.subject, scope),
                author: plainText(meta.author, scope), language: meta.language, pageSize: meta.pageSize,
                preheader: plainText(meta.preheader, scope)),
            header: template.header.map { decoration($0, scope) },
            footer: template.footer.map { decoration($0, scope) },
            blocks: blocks(template.body, scope),
            theme: theme)
    }

    private func decoration(_ template: DecorationTemplate, _ scope: BindingScope) -> PageDecoration {
        PageDecoration(
            left: inlineContent(template.left, scope), center: inlineContent(template.center, scope),
            right: inlineContent(template.right, scope))
    }

    // MARK: - Blocks

    private func blocks(_ fragments: [BlockFragment], _ scope: BindingScope) -> [Block] {
        expand(fragments, scope) { block, _, scope, result in result.append(self.block(block, scope)) }
    }

    private func block(_ template: BlockTemplate, _ scope: BindingScope) -> Block {
        switch template {
        case .section(let id, let keepTogether, let children):
            return .section(Section(id: id, blocks: blocks(children, scope), keepTogether: keepTogether))
        case .heading(let level, let id, let content):
            return .heading(Heading(level: level, content: inlineContent(content, scope), id: id))
        case .paragraph(let role, let content):
            return .paragraph(Paragraph(role: role, content: inlineContent(content, scope)))
        case .list(let style, let items):
            return .list(
                ListBlock(
                    style: style,
                    items: expand(items, scope) { item, _, scope, result in
                        result.append([.paragraph(Paragraph(content: self.inlineContent(item.content, scope)))])
                    }))
        case .table(let table):
            return .table(
                Table(
                    columns: table.columns,
                    header: table.header.map { inlineContent($0, scope) },
                    rows: expand(table.rows, scope) { row, _, scope, result in
                        result.append(row.cells.map { self.inlineContent($0, scope) })
                    },
                    caption: table.caption))
        case .barChart(let chart):
            return .barChart(
                BarChart(
                    title: chart.title, maximum: chart.maximum,
                    bars: expand(chart.bars, scope) { bar, location, scope, result in
                        if let bar = self.bar(bar, maximum: chart.maximum, at: location, scope) { result.append(bar) }
                    }))
        case .callout(let tone, let children):
            return .callout(Callout(tone: tone, blocks: blocks(children, scope)))
        case .image(let image):
            return .image(
                ImageBlock(
                    image: image.image, alt: image.alt, isDecorative: image.isDecorative, width: image.width,
                    alignment: image.alignment))
        case .spacer(let height):
            return .spacer(height)
        case .rule:
            return .rule
        case .pageBreak:
            return .pageBreak
        case .keptWithNext(let block):
            return self.block(block, scope).keepingWithNext()
        }
    }

    private func bar(_ template: BarTemplate, maximum: Double, at location: SourceLocation, _ scope: BindingScope)
        -> Bar?
    {
        guard let found = resolve(template.value, at: location, scope, for: "value-of") else { return nil }
        guard case .number(let number) = found else {
            diagnostics.error(
                "value-of=\"\(template.value)\" must be a number, but it is \(ValueFormatter.describe(found))",
                at: location)
            return nil
        }
        let highlighted = template.highlight.flatMap(scope.resolve).map { !$0.isEmpty } ?? false
        return Bar(
            label: plainText(template.label, scope),
            value: min(max(number, 0), maximum),
            valueText: template.shows.map { plainText($0, scope) } ?? NumberText.plain(number),
            highlighted: highlighted)
    }

    // MARK: - Inlines

    /// The inline content of one block (or page-decoration part), with whitespace finished.
    private func inlineContent(_ fragments: [InlineFragment], _ scope: BindingScope) -> [Inline] {
        InlineWhitespace.normalize(inlines(fragments, scope))
    }

    /// Inline content bound to plain text (metadata, bar labels).
    private func plainText(_ fragments: [InlineFragment], _ scope: BindingScope) -> String {
        inlineContent(fragments, scope).plainText
    }

    private func inlines(_ fragments: [InlineFragment], _ scope: BindingScope) -> [Inline] {
        expand(fragments, scope) { inline, location, scope, result in
            self.inline(inline, at: location, scope, into: &result)
        }
    }

    /// Appends the bound `template` to `result` (a refused link appends just its content).
    private func inline(
        _ template: InlineTemplate, at location: SourceLocation, _ scope: BindingScope, into result: inout [Inline]
    ) {
        switch template {
        case .text(let text):
            result.append(.text(text))
        case .strong(let content):
            result.append(.strong(inlines(content, scope)))
        case .emphasis(let content):
            result.append(.emphasis(inlines(content, scope)))
        case .link(let target, let content):
            guard let href = linkTarget(target, at: location, scope) else {
                result += inlines(content, scope)
                return
            }
            result.append(.link(target: href, content: inlines(content, scope)))
        case .value(let value):
            result.append(.text(text(of: value, at: location, scope)))
        case .pageNumber:
            result.append(.pageNumber)
        case .pageCount:
            result.append(.pageCount)
        }
    }

    private func linkTarget(_ target: LinkTarget, at location: SourceLocation, _ scope: BindingScope) -> String? {
        switch target {
        case .literal(let href):
            return href
        case .path(let path):
            guard let found = resolve(path, at: location, scope, for: "href-of") else { return nil }
            guard let href = ValueFormatter.text(found), Self.isAllowedLink(href) else {
                diagnostics.error(
                    "href-of=\"\(path)\" gives \(ValueFormatter.describe(found)); a link must start with "
                        + "https://, mailto: or #",
                    at: location)
                return nil
            }
            return href
        }
    }

    private static func isAllowedLink(_ href: String) -> Bool {
        (href.hasPrefix("https://") || href.hasPrefix("mailto:") || href.hasPrefix("#")) && href.count > 1
            && !href.contains(where: \.isWhitespace)
    }

    private func text(of value: ValueTemplate, at location: SourceLocation, _ scope: BindingScope) -> String {
        guard let found = resolve(value.path, at: location, scope, for: "value") else { return "" }
        switch ValueFormatter.format(found, as: value.format, digits: value.digits, language: language) {
        case .success(let text):
            return text
        case .failure(let mismatch):
            diagnostics.error(
                "cannot write '\(value.path)' as \(value.format.rawValue): it is \(ValueFormatter.describe(found)), "
                    + "but format=\"\(value.format.rawValue)\" needs \(mismatch.expected)",
                at: location)
            return ""
        }
    }

    // MARK: - each, if, with

    /// The content of `fragments` bound in `scope`: `produce` binds ordinary content, appending
    /// it to the result; the binding elements repeat, choose or re-scope it.
    private func expand<Content, Output>(
        _ fragments: [TemplateFragment<Content>], _ scope: BindingScope,
        _ produce: (Content, SourceLocation, BindingScope, inout [Output]) -> Void
    ) -> [Output] {
        var result: [Output] = []
        expand(fragments, scope, into: &result, produce)
        return result
    }

    /// ``expand(_:_:_:)`` appending to `result`, so nested `each`, `if` and `with` make no arrays
    /// of their own (the walk itself is ``BindingWalk``'s).
    private func expand<Content, Output>(
        _ fragments: [TemplateFragment<Content>], _ scope: BindingScope, into result: inout [Output],
        _ produce: (Content, SourceLocation, BindingScope, inout [Output]) -> Void
    ) {
        BindingWalk.walk(fragments, in: scope, self) { content, location, scope in
            produce(content, location, scope, &result)
        }
    }

    /// Whether `<if>`'s condition holds for the data in `scope`.
    private func holds(_ condition: TemplateCondition, _ scope: BindingScope) -> Bool {
        let found = scope.resolve(condition.path)
        switch condition {
        case .exists:
            return found.map { $0 != .null } ?? false
        case .empty:
            return found?.isEmpty ?? true
        case .isTrue:
            return found.map { !$0.isEmpty } ?? false
        case .equals(_, let literal):
            return found.flatMap(ValueFormatter.text) == literal
        }
    }

    /// The value at `path`, or nil after recording a located error naming what needed it.
    private func resolve(
        _ path: TemplatePath, at location: SourceLocation, _ scope: BindingScope, for user: String
    ) -> ReportValue? {
        if let found = scope.resolve(path) { return found }
        diagnostics.error(
            "no value at '\(path)' (for <\(user)>); check the spelling against the report data\(scope.suggestion(for: path))",
            at: location)
        return nil
    }
}

extension TemplateBinder: BindingRules {
    /// The body of `<each>` once per item of the list (none for null); anything else is an error.
    func each(
        _ items: TemplatePath, at location: SourceLocation, in scope: BindingScope, _ body: (BindingScope) -> Void
    ) {
        guard let found = resolve(items, at: location, scope, for: "each") else { return }
        switch found {
        case .null:
            return
        case .list(let list):
            for (index, item) in list.enumerated() { body(scope.iterating(item, index: index, count: list.count)) }
        default:
            diagnostics.error(
                "<each items=\"\(items)\"> needs a list, but '\(items)' is \(ValueFormatter.describe(found))",
                at: location)
        }
    }

    /// The branch of `<if>` that holds for the data.
    func branches(of condition: TemplateCondition, at location: SourceLocation, in scope: BindingScope) -> IfBranches {
        holds(condition, scope) ? .then : .otherwise
    }

    /// The value at `path`, or nil (after an error) when there is none.
    func with(_ path: TemplatePath, at location: SourceLocation, in scope: BindingScope) -> BindingScope? {
        resolve(path, at: location, scope, for: "with").map(scope.entering)
    }
}

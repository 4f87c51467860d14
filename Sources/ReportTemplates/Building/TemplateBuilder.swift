import Foundation
import ReportDocument

/// Turns a validated ``SourceElement`` tree into the typed template model, checking what the
/// schema cannot: exactly one test on `<if>`, `href` or `href-of` on `<link>`, cells per row,
/// alt text on every `<image>` that is not decorative; and loads the image files.
///
/// The schema has already checked element names, nesting and attribute values, so the
/// builder reads them without re-validating; a default stands in for anything absent. An
/// element the schema allows but the builder does not know is an error (see ``BlockElement``).
final class TemplateBuilder {
    /// Problems found while building (the image files' problems are in ``images``).
    private(set) var diagnostics: DiagnosticList
    /// Loads and checks the files `<image>` elements name.
    let images: ImageLoader

    /// A builder for the template `fileName`, whose relative image paths start in `imageFolder`.
    init(fileName: String, imageFolder: URL) {
        diagnostics = DiagnosticList(file: fileName)
        images = ImageLoader(fileName: fileName, folder: imageFolder)
    }

    /// The model of a `<report>` element.
    func build(_ report: SourceElement) -> DocumentTemplate {
        DocumentTemplate(
            dataModel: report.attributes["data"] ?? DocumentTemplate.defaultDataModel, location: report.location,
            metadata: metadata(report.child("meta")),
            header: report.child("header").map(decoration),
            footer: report.child("footer").map(decoration),
            body: report.child("body").map(blocks) ?? [])
    }

    // MARK: - Document parts

    private func metadata(_ meta: SourceElement?) -> MetadataTemplate {
        func plain(_ name: String) -> [InlineFragment] { meta?.child(name).map(inlines) ?? [] }
        func literal(_ name: String) -> String? {
            meta?.child(name).map { WhitespaceCollapsing.collapse($0.text).trimmingSpaces() }
        }
        return MetadataTemplate(
            title: plain("title"), subject: plain("subject"), author: plain("author"),
            preheader: plain("preheader"), language: literal("language") ?? "en",
            pageSize: literal("page-size").flatMap(PageSize.init(rawValue:)) ?? .a4)
    }

    private func decoration(_ element: SourceElement) -> DecorationTemplate {
        DecorationTemplate(
            left: element.child("left").map(inlines) ?? [],
            center: element.child("center").map(inlines) ?? [],
            right: element.child("right").map(inlines) ?? [])
    }

    // MARK: - Blocks

    private func blocks(_ element: SourceElement) -> [BlockFragment] {
        fragments(element.children, text: nil, content: block)
    }

    /// The block `element` makes, kept with the next block when it says `keep-with-next="true"`.
    private func block(_ element: SourceElement) -> BlockTemplate? {
        guard let block = blockItself(element) else { return nil }
        return Self.flag(element.attributes["keep-with-next"]) ? .keptWithNext(block) : block
    }

    private func blockItself(_ element: SourceElement) -> BlockTemplate? {
        let attributes = element.attributes
        guard let kind = BlockElement(rawValue: element.name) else {
            return unknown(element, expected: "a block", known: BlockElement.nameList + ", " + BindingElement.nameList)
        }
        switch kind {
        case .section:
            return .section(
                id: attributes["id"] ?? "", keepTogether: Self.flag(attributes["keep-together"]),
                blocks: blocks(element))
        case .heading:
            return .heading(
                level: attributes["level"].flatMap { Int($0) } ?? 1, id: attributes["id"] ?? "",
                content: inlines(element))
        case .paragraph:
            return .paragraph(attributes["role"].flatMap(ParagraphRole.init(rawValue:)) ?? .body, inlines(element))
        case .list:
            return .list(
                attributes["style"].flatMap(ListStyle.init(rawValue:)) ?? .bullet,
                items: fragments(element.children, text: nil) { item in
                    item.name == "item"
                        ? ListItemTemplate(content: inlines(item))
                        : unknown(item, expected: "a list item", known: "<item>, " + BindingElement.nameList)
                })
        case .table:
            return .table(table(element))
        case .barChart:
            return .barChart(
                BarChartTemplate(
                    title: attributes["title"] ?? "", maximum: attributes["max"].flatMap { Double($0) } ?? 1,
                    bars: fragments(element.children, text: nil, content: bar)))
        case .callout:
            return .callout(attributes["tone"].flatMap(CalloutTone.init(rawValue:)) ?? .info, blocks(element))
        case .image:
            return image(element).map(BlockTemplate.image)
        case .spacer:
            return .spacer(attributes["height"].flatMap { Double($0) } ?? 0)
        case .rule:
            return .rule
        case .pageBreak:
            return .pageBreak
        }
    }

    private func table(_ element: SourceElement) -> TableTemplate {
        let columns = element.childElements.filter { $0.name == "column" }.map { column in
            TableColumn(
                width: column.attributes["width"].flatMap { Double($0) } ?? 1,
                alignment: Self.alignment(column.attributes["align"]))
        }
        func cells(of row: SourceElement) -> [[InlineFragment]] {
            let cells = row.childElements.filter { $0.name == "cell" }
            if cells.count != columns.count {
                diagnostics.error(
                    "this <\(row.name)> has \(cells.count) cell\(cells.count == 1 ? "" : "s") but the table has "
                        + "\(columns.count) <column> element\(columns.count == 1 ? "" : "s"); give every row one "
                        + "<cell> per column",
                    at: row.location)
            }
            return cells.map(inlines)
        }
        return TableTemplate(
            caption: element.attributes["caption"] ?? "", columns: columns,
            header: element.child("header-row").map(cells) ?? [],
            rows: fragments(element.children, text: nil) { row in
                switch row.name {
                case "row": TableRowTemplate(cells: cells(of: row))
                case "column", "header-row": nil
                default:
                    unknown(
                        row, expected: "a table row", known: "<column>, <header-row>, <row>, " + BindingElement.nameList
                    )
                }
            })
    }

    /// The image of `<image>`, after checking its alt text and loading its file; nil when the file
    /// can't be used (the loader has said why).
    private func image(_ element: SourceElement) -> ImageTemplate? {
        let attributes = element.attributes
        let decorative = Self.flag(attributes["decorative"])
        let alt = WhitespaceCollapsing.collapse(attributes["alt"] ?? "").trimmingSpaces()
        if decorative, !alt.isEmpty {
            diagnostics.error(
                "this <image> is marked decorative=\"true\" but also has alt text; screen readers skip a "
                    + "decorative picture, so its alt text would never be read: remove alt, or remove "
                    + "decorative=\"true\" if the picture tells the reader something",
                at: element.location)
        } else if !decorative, alt.isEmpty {
            let found = attributes["alt"] == nil ? "has no alt text" : "has empty alt text"
            diagnostics.error(
                "this <image> \(found): write alt=\"...\" saying what the picture shows, for readers who "
                    + "can't see it (screen readers, emails with pictures turned off); if the picture is only "
                    + "decoration, write decorative=\"true\" instead",
                at: element.location)
        }
        guard let image = images.image(attributes["src"] ?? "", at: element.location) else { return nil }
        return ImageTemplate(
            image: image, alt: decorative ? "" : alt, isDecorative: decorative,
            width: attributes["width"].flatMap { Double($0) },
            alignment: Self.imageAlignment(attributes["align"]))
    }

    private func bar(_ element: SourceElement) -> BarTemplate? {
        guard element.name == "bar" else {
            return unknown(element, expected: "a bar", known: "<bar>, " + BindingElement.nameList)
        }
        return BarTemplate(
            value: TemplatePath(element.attributes["value-of"] ?? "."),
            highlight: element.attributes["highlight-of"].map(TemplatePath.init),
            label: element.child("label").map(inlines) ?? [],
            shows: element.child("shows").map(inlines))
    }

    // MARK: - Inlines

    private func inlines(_ element: SourceElement) -> [InlineFragment] {
        fragments(element.children, text: { .text($0) }, content: inline)
    }

    private func inline(_ element: SourceElement) -> InlineTemplate? {
        guard let kind = InlineElement(rawValue: element.name) else {
            return unknown(element, expected: "text", known: InlineElement.nameList + ", " + BindingElement.nameList)
        }
        switch kind {
        case .strong: return .strong(inlines(element))
        case .emphasis: return .emphasis(inlines(element))
        case .link: return .link(linkTarget(element), inlines(element))
        case .value: return .value(value(element))
        case .pageNumber: return .pageNumber
        case .pageCount: return .pageCount
        }
    }

    /// Reports `element`, which the schema let through where `expected` goes but this tool can't
    /// build, listing the `known` elements; returns nil, as the element is left out.
    private func unknown<Content>(_ element: SourceElement, expected: String, known: String) -> Content? {
        diagnostics.error(
            "<\(element.name)> is not an element this tool can build as \(expected), though the schema allows it "
                + "here (is schema/report.xsd newer than the tool?); the elements it knows here are: \(known)",
            at: element.location)
        return nil
    }

    private func linkTarget(_ element: SourceElement) -> LinkTarget {
        switch (element.attributes["href"], element.attributes["href-of"]) {
        case (let href?, nil):
            return .literal(href)
        case (nil, let path?):
            return .path(TemplatePath(path))
        case (_?, _?):
            diagnostics.error("<link> has both href and href-of; keep only one", at: element.location)
        case (nil, nil):
            diagnostics.error(
                "<link> needs a target: href=\"https://...\", href=\"mailto:...\", href=\"#id\" or href-of=\"path\"",
                at: element.location)
        }
        return .literal("")
    }

    private func value(_ element: SourceElement) -> ValueTemplate {
        let format = element.attributes["format"].flatMap(ValueFormat.init(rawValue:)) ?? .text
        let digits = element.attributes["digits"].flatMap { Int($0) }
        if digits != nil, format == .text || format == .date {
            diagnostics.warning(
                "digits has no effect with format=\"\(format.rawValue)\"; it only applies to number and percent",
                at: element.location)
        }
        return ValueTemplate(path: TemplatePath(element.attributes["of"] ?? "."), format: format, digits: digits ?? 0)
    }

    // MARK: - Binding elements, for every kind of content

    /// The fragments for `nodes`: `each`, `if` and `with` recurse with the same content model;
    /// other elements become content through `content`, text through `text` (nil where text is
    /// only layout whitespace, as between blocks).
    private func fragments<Content>(
        _ nodes: [SourceNode], text: ((String) -> Content)?, content: (SourceElement) -> Content?
    ) -> [TemplateFragment<Content>] {
        var result: [TemplateFragment<Content>] = []
        var lastLocation = SourceLocation.unknown
        for node in nodes {
            switch node {
            case .text(let raw):
                if let text { result.append(.content(text(WhitespaceCollapsing.collapse(raw)), lastLocation)) }
            case .element(let element):
                lastLocation = element.location
                switch BindingElement(rawValue: element.name) {
                case .each:
                    result.append(
                        .each(
                            items: TemplatePath(element.attributes["items"] ?? "."),
                            body: fragments(element.children, text: text, content: content), location: element.location)
                    )
                case .with:
                    result.append(
                        .with(
                            path: TemplatePath(element.attributes["path"] ?? "."),
                            body: fragments(element.children, text: text, content: content), location: element.location)
                    )
                case .conditional:
                    let alternative = element.child("else")
                    let thenNodes = element.children.filter {
                        if case .element(let child) = $0 { child.name != "else" } else { true }
                    }
                    result.append(
                        .conditional(
                            condition(element),
                            then: fragments(thenNodes, text: text, content: content),
                            otherwise: alternative.map { fragments($0.children, text: text, content: content) } ?? [],
                            location: element.location))
                case nil:
                    if let made = content(element) { result.append(.content(made, element.location)) }
                }
            }
        }
        return result
    }

    private func condition(_ element: SourceElement) -> TemplateCondition {
        let attributes = element.attributes
        let tests = ["exists", "empty", "true", "equals"].filter { attributes[$0] != nil }
        guard tests.count == 1, let test = tests.first, let path = attributes[test].map(TemplatePath.init) else {
            let found = tests.isEmpty ? "none" : tests.joined(separator: " and ")
            diagnostics.error(
                "<if> needs exactly one test: exists=\"path\", empty=\"path\", true=\"path\" or "
                    + "equals=\"path\" value=\"...\" (found \(found))",
                at: element.location)
            return .exists(TemplatePath("."))
        }
        if test != "equals", attributes["value"] != nil {
            diagnostics.error("value=\"...\" only goes with equals=\"path\" on <if>", at: element.location)
        }
        switch test {
        case "exists": return .exists(path)
        case "empty": return .empty(path)
        case "true": return .isTrue(path)
        default:
            guard let literal = attributes["value"] else {
                diagnostics.error("<if equals=\"\(path)\"> needs value=\"...\" to compare with", at: element.location)
                return .equals(path, "")
            }
            return .equals(path, literal)
        }
    }

    // MARK: - Attribute values

    private static func flag(_ text: String?) -> Bool {
        text == "true" || text == "1"
    }

    private static func imageAlignment(_ text: String?) -> TextAlignment {
        switch text {
        case "center": .center
        case "right": .trailing
        default: .leading
        }
    }

    private static func alignment(_ text: String?) -> TextAlignment {
        switch text {
        case "center": .center
        case "end": .trailing
        default: .leading
        }
    }
}

extension SourceElement {
    /// All text below this element, concatenated (for elements that hold a literal, like `<language>`).
    var text: String {
        children.map { child in
            switch child {
            case .text(let text): text
            case .element(let element): element.text
            }
        }.joined()
    }
}

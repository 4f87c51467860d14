import Foundation
import ReportDocument

/// A parsed, validated report template, ready to bind to any number of students' data.
///
/// Parse once, bind many times, from as many tasks as you like: the template is plain Swift
/// values (with source locations for diagnostics) and holds no C pointer.
public struct ReportTemplate: Sendable {
    /// The file name used in diagnostics.
    public let fileName: String
    /// Warnings found while loading (for example a skipped heading level); the template works.
    public let warnings: [TemplateDiagnostic]
    /// The pictures the template's `<image>` elements show, each file loaded and checked once,
    /// in the order first used; every report bound from the template shares them.
    public let images: [ReportImage]
    /// The template as Swift values.
    let document: DocumentTemplate

    /// Reads, parses, validates and checks the template at `url`, and loads the image files it
    /// names (relative paths start in the template's folder).
    ///
    /// With `dataModels`, every data path the template uses is also resolved against the shape
    /// of the model it binds (`<report data="name">`, `student` when absent), so a misspelt path
    /// is an error here rather than when a report is bound. Without, paths are only checked
    /// when binding.
    /// - Throws: ``TemplateError`` with every problem found: a missing or over-sized (1 MiB)
    ///   file, malformed XML, a DOCTYPE, schema violations, failed semantic and path checks, or an
    ///   image file that is missing, not a PNG or JPEG, damaged or too large.
    public static func load(
        contentsOf url: URL, schema: TemplateSchema, dataModels: [String: ReportShape]? = nil
    ) throws(TemplateError) -> ReportTemplate {
        let name = url.relativePath
        return try parse(
            TemplateFileReader.read(url, displayName: name), fileName: name, schema: schema, dataModels: dataModels,
            imageFolder: url.deletingLastPathComponent())
    }

    /// Parses, validates and checks a template held in memory; `fileName` is used in diagnostics.
    ///
    /// libxml2 parses the bytes without network access, entity expansion or DTDs (a DOCTYPE is
    /// refused), the XSD validates the result, and the checks the schema cannot make follow;
    /// with `dataModels`, the paths are resolved against the template's data model as in
    /// ``load(contentsOf:schema:dataModels:)``. Relative image paths start in `imageFolder`
    /// (default: the current folder).
    /// - Throws: ``TemplateError`` with every problem found at the first stage that fails.
    public static func parse(
        _ bytes: [UInt8], fileName: String, schema: TemplateSchema, dataModels: [String: ReportShape]? = nil,
        imageFolder: URL = URL(fileURLWithPath: ".")
    ) throws(TemplateError) -> ReportTemplate {
        try TemplateFileReader.checkSize(bytes.count, displayName: fileName)
        let root: SourceElement
        do {
            let parsed = SafeXMLParser.parse(bytes, fileName: fileName)
            guard let document = parsed.document else { throw parsed.diagnostics.asError }
            let validation = SchemaValidator.validate(document, against: schema, fileName: fileName)
            try validation.throwIfErrors()
            guard let element = SourceTreeReader.read(document) else { throw validation.asError }
            root = element
        }  // the libxml2 document is freed here; only Swift values go on

        let builder = TemplateBuilder(fileName: fileName, imageFolder: imageFolder)
        let template = builder.build(root)
        let checker = TemplateChecker(fileName: fileName)
        checker.check(template)
        var diagnostics = builder.diagnostics
        diagnostics.append(contentsOf: builder.images.diagnostics)
        diagnostics.append(contentsOf: checker.diagnostics)
        if let dataModels {
            diagnostics.append(contentsOf: checkPaths(template, dataModels: dataModels, fileName: fileName))
        }
        try diagnostics.throwIfErrors()
        return ReportTemplate(
            fileName: fileName, warnings: diagnostics.asError.diagnostics, images: builder.images.images,
            document: template)
    }

    /// The name of the data model the template binds: its `<report data="...">`, `student` when absent.
    public var dataModel: String { document.dataModel }

    /// The template's language, its `<language>` (`en` when absent), such as `es` or `es-MX`.
    public var language: String { document.metadata.language }

    /// The path check: the template's model looked up in `dataModels`, then every path resolved.
    private static func checkPaths(
        _ template: DocumentTemplate, dataModels: [String: ReportShape], fileName: String
    ) -> DiagnosticList {
        guard let shape = dataModels[template.dataModel] else {
            var diagnostics = DiagnosticList(file: fileName)
            let known = dataModels.keys.sorted()
            let hint = Spelling.closest(to: template.dataModel, in: known).map { "did you mean data=\"\($0)\"? " } ?? ""
            diagnostics.error(
                "data=\"\(template.dataModel)\" on <report> names no data model this tool knows; \(hint)"
                    + "the known ones are: \(known.joined(separator: ", "))",
                at: template.location)
            return diagnostics
        }
        let checker = PathChecker(fileName: fileName, model: template.dataModel)
        checker.check(template, against: shape)
        return checker.diagnostics
    }

    /// Binds the template to one report's data, giving the document the renderers draw.
    ///
    /// - Parameters:
    ///   - data: The report data; paths in the template are looked up in it.
    ///   - theme: Copied into the document unchanged.
    /// - Throws: ``TemplateError`` listing every path that did not resolve or held the wrong
    ///   kind of value, each with the line and column of the element that used it.
    public func bind(_ data: ReportValue, theme: Theme) throws(TemplateError) -> ReportDocument {
        let binder = TemplateBinder(fileName: fileName, language: document.metadata.language)
        let result = binder.bind(document, data: data, theme: theme)
        try binder.diagnostics.throwIfErrors()
        return result
    }
}

internal import CLibXML2
import Foundation

/// The template language's XSD (`templates/schema/report.xsd`), compiled once by libxml2.
///
/// Load it once and share it: every ``ReportTemplate/load(contentsOf:schema:)`` validates against it.
///
/// `@unchecked Sendable` because the compiled `xmlSchema` is never changed after `init`:
/// libxml2 only reads it during validation, and each validation makes its own validation
/// context (REFERENCE.md section 2: 8 threads sharing one compiled schema agree). The parsed
/// XSD document is kept alive beside it because the compiled schema points into it.
public final class TemplateSchema: @unchecked Sendable {
    /// The compiled schema; read-only after `init`.
    let compiled: xmlSchemaPtr
    /// The XSD document the compiled schema was built from.
    private let source: XMLDocumentHandle

    /// Reads and compiles the XSD at `url`.
    ///
    /// - Throws: ``TemplateError`` naming the file when it cannot be read, is not well-formed
    ///   XML, or is not a valid XSD.
    public convenience init(contentsOf url: URL) throws(TemplateError) {
        let name = url.relativePath
        try self.init(xsd: TemplateFileReader.read(url, displayName: name), fileName: name)
    }

    /// Compiles an XSD held in memory; `fileName` is used in diagnostics.
    ///
    /// - Throws: ``TemplateError`` when the bytes are not a well-formed, valid XSD.
    public init(xsd bytes: [UInt8], fileName: String) throws(TemplateError) {
        try TemplateFileReader.checkSize(bytes.count, displayName: fileName)
        let parsed = SafeXMLParser.parse(bytes, fileName: fileName)
        guard let document = parsed.document else { throw parsed.diagnostics.asError }

        var diagnostics = DiagnosticList(file: fileName)
        let sink = LibXMLMessageSink()
        let schema: xmlSchemaPtr? = withExtendedLifetime(sink) {
            guard let parser = xmlSchemaNewDocParserCtxt(document.pointer) else { return nil }
            defer { xmlSchemaFreeParserCtxt(parser) }
            xmlSchemaSetParserStructuredErrors(
                parser,
                { context, error in
                    guard let context, let error else { return }
                    LibXMLMessageSink.from(context).record(error)
                }, sink.opaque)
            return xmlSchemaParse(parser)
        }
        for message in sink.messages {
            diagnostics.add(
                message.isWarning ? .warning : .error, "invalid schema: \(message.text)",
                at: SourceLocation(line: message.line, column: message.column))
        }
        guard let schema else {
            if !diagnostics.hasErrors { diagnostics.error("invalid schema: libxml2 could not compile it") }
            throw diagnostics.asError
        }
        compiled = schema
        source = document
    }

    deinit {
        xmlSchemaFree(compiled)
    }
}

internal import CLibXML2

/// Checks a parsed template against the compiled XSD and collects every complaint, reworded.
enum SchemaValidator {
    /// All validation problems, each with its line and element path; empty when valid.
    static func validate(_ document: XMLDocumentHandle, against schema: TemplateSchema, fileName: String)
        -> DiagnosticList
    {
        var diagnostics = DiagnosticList(file: fileName)
        let sink = LibXMLMessageSink()
        let result: Int32 = withExtendedLifetime(sink) {
            guard let validator = xmlSchemaNewValidCtxt(schema.compiled) else { return -1 }
            defer { xmlSchemaFreeValidCtxt(validator) }
            xmlSchemaSetValidStructuredErrors(
                validator,
                { context, error in
                    guard let context, let error else { return }
                    LibXMLMessageSink.from(context).record(error)
                }, sink.opaque)
            return xmlSchemaValidateDoc(validator, document.pointer)
        }
        var reported = Set<String>()
        for message in sink.messages {
            let reworded = ValidationMessages.reword(message)
            let key = "\(message.line)|\(message.elementPath)|\(reworded.topic ?? reworded.text)"
            guard reported.insert(key).inserted else { continue }
            diagnostics.add(
                message.isWarning ? .warning : .error, reworded.text,
                at: SourceLocation(line: message.line, column: 0))
        }
        if result < 0 {
            diagnostics.error("internal error: the schema validator could not run")
        } else if result > 0, !diagnostics.hasErrors {
            diagnostics.error("the template does not follow the template language (no details from the validator)")
        }
        return diagnostics
    }
}

internal import CLibXML2

/// Parses XML bytes with libxml2 the safe way (REFERENCE.md section 2).
///
/// - Memory input only, `XML_PARSE_NONET` and no other option: no entity substitution, no DTD
///   loading, no XInclude, no network, no recovery from malformed input.
/// - Any DOCTYPE is refused as soon as it starts, before its internal subset is read, so
///   entity declarations (XXE, billion laughs) are never even parsed.
/// - Messages arrive through this context's own SAX `serror`, never the global handler.
/// - Each element remembers the column of its start tag (libxml2 keeps lines only).
enum SafeXMLParser {
    /// The parsed document, or nil with at least one error in the diagnostics.
    static func parse(_ bytes: [UInt8], fileName: String) -> (document: XMLDocumentHandle?, diagnostics: DiagnosticList)
    {
        LibXML2Runtime.prepare()
        var diagnostics = DiagnosticList(file: fileName)
        guard !bytes.isEmpty else {
            diagnostics.error(ParserMessages.emptyFile)
            return (nil, diagnostics)
        }
        guard let context = xmlNewParserCtxt() else {
            diagnostics.error(ParserMessages.parserUnavailable)
            return (nil, diagnostics)
        }
        defer { xmlFreeParserCtxt(context) }

        let sink = LibXMLMessageSink()
        let document: xmlDocPtr? = withExtendedLifetime(sink) {
            context.pointee._private = sink.opaque
            installHooks(on: context)
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { characters in
                    xmlCtxtReadMemory(
                        context, characters.baseAddress, Int32(characters.count), fileName, "UTF-8",
                        Int32(XML_PARSE_NONET.rawValue))
                }
            }
        }
        context.pointee._private = nil

        let handle = document.map(XMLDocumentHandle.init)
        for refusal in sink.refusals {
            diagnostics.error(refusal.message, at: refusal.location)
        }
        for message in sink.messages {
            diagnostics.add(
                message.isWarning ? .warning : .error, ParserMessages.reword(message),
                at: SourceLocation(line: message.line, column: message.column))
        }
        if let handle, handle.pointer.pointee.intSubset != nil, sink.refusals.isEmpty {
            diagnostics.error(ParserMessages.doctypeRefused)
        }
        if handle == nil, !diagnostics.hasErrors {
            diagnostics.error(ParserMessages.unreadable)
        }
        return (diagnostics.hasErrors ? nil : handle, diagnostics)
    }

    /// Routes errors to the sink in `_private`, refuses DOCTYPEs, and records start-tag columns.
    private static func installHooks(on context: xmlParserCtxtPtr) {
        guard let sax = context.pointee.sax else { return }
        sax.pointee.serror = { userData, error in
            guard let error, let context = SafeXMLParser.parserContext(userData),
                let sink = context.pointee._private.map(LibXMLMessageSink.from)
            else { return }
            sink.record(error)
        }
        sax.pointee.internalSubset = { userData, _, _, _ in
            guard let context = SafeXMLParser.parserContext(userData) else { return }
            if let sink = context.pointee._private.map(LibXMLMessageSink.from) {
                let line = Int(context.pointee.input?.pointee.line ?? 0)
                sink.refuse(ParserMessages.doctypeRefused, at: SourceLocation(line: line, column: 0))
            }
            xmlStopParser(context)
        }
        sax.pointee.startElementNs = {
            userData, localName, prefix, uri, namespaceCount, namespaces,
            attributeCount, defaultedCount, attributes in
            xmlSAX2StartElementNs(
                userData, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount,
                attributes)
            guard let context = SafeXMLParser.parserContext(userData), let node = context.pointee.node else { return }
            node.pointee._private = UnsafeMutableRawPointer(bitPattern: StartTagColumn.of(context))
        }
    }

    /// The parser context behind a SAX callback's user data (libxml2 passes the context itself).
    fileprivate static func parserContext(_ userData: UnsafeMutableRawPointer?) -> xmlParserCtxtPtr? {
        userData?.assumingMemoryBound(to: xmlParserCtxt.self)
    }
}

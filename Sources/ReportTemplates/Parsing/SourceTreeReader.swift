internal import CLibXML2

/// Copies a libxml2 document into ``SourceElement`` values, so the C document can be freed.
enum SourceTreeReader {
    /// The root element as Swift values, or nil for a document without one.
    static func read(_ document: XMLDocumentHandle) -> SourceElement? {
        xmlDocGetRootElement(document.pointer).map(element)
    }

    private static func element(_ node: xmlNodePtr) -> SourceElement {
        var children: [SourceNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(element(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                children.append(.text(current.pointee.content.map { String(cString: $0) } ?? ""))
            default:
                break  // comments and processing instructions are not content
            }
            child = current.pointee.next
        }
        return SourceElement(
            name: string(node.pointee.name),
            attributes: attributes(of: node),
            children: children,
            location: SourceLocation(
                line: Int(xmlGetLineNo(node)),
                column: Int(bitPattern: node.pointee._private)))
    }

    private static func attributes(of node: xmlNodePtr) -> [String: String] {
        var result: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self))
            result[string(current.pointee.name)] = string(value)
            careerreport_xmlFree(value)
            attribute = current.pointee.next
        }
        return result
    }

    private static func string(_ characters: UnsafePointer<xmlChar>?) -> String {
        characters.map { String(cString: $0) } ?? ""
    }

    private static func string(_ characters: UnsafeMutablePointer<xmlChar>?) -> String {
        characters.map { String(cString: $0) } ?? ""
    }
}

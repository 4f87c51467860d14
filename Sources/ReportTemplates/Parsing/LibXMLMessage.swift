internal import CLibXML2
import Foundation

/// One message libxml2 reported, copied out of its `xmlError` while the pointers are valid.
struct LibXMLMessage: Sendable {
    /// libxml2's error code (an `xmlParserErrors` value).
    var code: Int32
    /// True for `XML_ERR_WARNING`.
    var isWarning: Bool
    /// libxml2's text, without the trailing newline.
    var text: String
    /// 1-based line, 0 when unknown.
    var line: Int
    /// 1-based column, 0 when unknown (the schema validator never gives one).
    var column: Int
    /// libxml2's first string argument (for example an element or entity name).
    var detail1: String
    /// libxml2's second string argument.
    var detail2: String
    /// libxml2's first integer argument (for a tag mismatch: the line of the opening tag).
    var number1: Int
    /// The path of the element the message is about (`report/body/section[2]/p`), empty if none.
    var elementPath: String

    /// Copies what we need out of `error`.
    init(_ error: UnsafePointer<xmlError>) {
        let value = error.pointee
        code = value.code
        isWarning = value.level == XML_ERR_WARNING
        text =
            value.message.map { String(cString: $0) }?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown problem"
        line = Int(value.line)
        column = Int(value.int2)
        detail1 = value.str1.map { String(cString: $0) } ?? ""
        detail2 = value.str2.map { String(cString: $0) } ?? ""
        number1 = Int(value.int1)
        elementPath = value.node.map { ElementPath.of(OpaquePointer($0)) } ?? ""
        if line == 0, let node = value.node {
            line = Int(xmlGetLineNo(node.assumingMemoryBound(to: xmlNode.self)))
        }
    }
}

/// Describes where an element sits, for messages that have no column.
enum ElementPath {
    /// `report/body/section[2]/p`: local names from the root, with a 1-based position among
    /// same-named siblings where there is more than one.
    static func of(_ pointer: OpaquePointer) -> String {
        var node: UnsafeMutablePointer<xmlNode>? = UnsafeMutablePointer(pointer)
        if let attribute = node, attribute.pointee.type == XML_ATTRIBUTE_NODE {
            node = attribute.pointee.parent
        }
        var steps: [String] = []
        while let current = node, current.pointee.type == XML_ELEMENT_NODE {
            steps.append(step(current))
            node = current.pointee.parent
        }
        return steps.reversed().joined(separator: "/")
    }

    private static func step(_ node: UnsafeMutablePointer<xmlNode>) -> String {
        let name = node.pointee.name.map { String(cString: $0) } ?? "?"
        var position = 1
        var sameNamed = 0
        var sibling = node.pointee.parent?.pointee.children
        while let current = sibling {
            if current.pointee.type == XML_ELEMENT_NODE, xmlStrEqual(current.pointee.name, node.pointee.name) != 0 {
                sameNamed += 1
                if current == node { position = sameNamed }
            }
            sibling = current.pointee.next
        }
        return sameNamed > 1 ? "\(name)[\(position)]" : name
    }
}

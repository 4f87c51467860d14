internal import CLibXML2

/// What the parser says, in words a template writer can act on.
///
/// libxml2's well-formedness messages are terse ("EntityRef: expecting ';'"); the common ones
/// are reworded here, the rest pass through unchanged.
enum ParserMessages {
    static let emptyFile =
        "the template is empty; it must start with <report xmlns=\"urn:careerreport:template:1\" version=\"1\">"
    static let parserUnavailable = "internal error: the XML parser could not be started (out of memory?)"
    static let unreadable = "the template could not be read as XML"
    static let doctypeRefused =
        "<!DOCTYPE ...> is not allowed in templates (it can load files and define entities); remove it"

    static let bareAmpersand = "a bare '&' must be written &amp;"

    /// The message to show for `message`.
    static func reword(_ message: LibXMLMessage) -> String {
        switch message.code {
        case code(XML_ERR_TAG_NAME_MISMATCH):
            "</\(message.detail2)> does not match <\(message.detail1)> opened on line \(message.number1); "
                + "close <\(message.detail1)> first"
        case code(XML_ERR_TAG_NOT_FINISHED):
            "the file ends before <\(message.detail1)> (opened on line \(message.number1)) is closed"
        case code(XML_ERR_DOCUMENT_EMPTY):
            emptyFile
        case code(XML_ERR_DOCUMENT_END):
            "there is more after the closing </report>; a template has exactly one <report> element"
        case code(XML_ERR_UNDECLARED_ENTITY), code(XML_WAR_UNDECLARED_ENTITY):
            "unknown entity &\(message.detail1);: only &amp; &lt; &gt; &quot; &apos; and numeric references "
                + "such as &#160; may be used"
        case code(XML_ERR_ENTITYREF_SEMICOL_MISSING):
            bareAmpersand
        case code(XML_ERR_NAME_REQUIRED) where message.text.contains("EntityRef"):
            bareAmpersand
        case code(XML_ERR_NAME_REQUIRED):
            "a bare '<' must be written &lt; (or the element name after '<' is missing)"
        case code(XML_ERR_LT_IN_ATTRIBUTE):
            "an attribute value may not contain '<'; write &lt;"
        case code(XML_ERR_ATTRIBUTE_NOT_STARTED), code(XML_ERR_ATTRIBUTE_WITHOUT_VALUE):
            "attribute values must be in quotes, for example level=\"2\""
        case code(XML_ERR_ATTRIBUTE_REDEFINED):
            "the attribute \(message.detail1) is given twice on the same element"
        case code(XML_ERR_INVALID_CHAR), code(XML_ERR_INVALID_ENCODING):
            "the file is not valid UTF-8 text; save it with the UTF-8 encoding"
        case code(XML_ERR_INTERNAL_ERROR) where message.text.contains("Excessive depth"):
            "the elements are nested more than 256 levels deep; a template needs only a few, so look for unclosed elements"
        default:
            message.text
        }
    }

    private static func code(_ error: xmlParserErrors) -> Int32 {
        Int32(error.rawValue)
    }
}

internal import CLibXML2

/// Owns one libxml2 document and frees it when released.
///
/// Not `Sendable` on purpose: a document is created, validated, walked and freed inside one
/// call; only the Swift values copied out of it leave.
final class XMLDocumentHandle {
    /// The document; valid until this handle is released.
    let pointer: xmlDocPtr

    init(_ pointer: xmlDocPtr) {
        self.pointer = pointer
    }

    deinit {
        xmlFreeDoc(pointer)
    }
}

/// An element of a parsed template, copied out of libxml2's tree into Swift values.
///
/// This is the bridge between the C document (freed right after the walk) and the typed
/// template model: it holds no C pointer and may cross tasks.
struct SourceElement: Sendable {
    /// The local name, for example `heading`.
    var name: String
    /// Attributes by local name.
    var attributes: [String: String]
    /// Child elements and text, in document order (comments and processing instructions dropped).
    var children: [SourceNode]
    /// Where the start tag stands.
    var location: SourceLocation

    /// The child elements, without text.
    var childElements: [SourceElement] {
        children.compactMap {
            if case .element(let element) = $0 { element } else { nil }
        }
    }

    /// The first child element called `name`.
    func child(_ name: String) -> SourceElement? {
        childElements.first { $0.name == name }
    }
}

/// A child of a ``SourceElement``.
enum SourceNode: Sendable {
    /// A child element.
    case element(SourceElement)
    /// Character data (text or CDATA), entities and character references already resolved.
    case text(String)
}

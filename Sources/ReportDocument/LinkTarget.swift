/// A link target that may be written into a report's HTML or plain text: an `http:`, `https:` or `mailto:` URL,
/// or a `#fragment` pointing into the document.
///
/// Anything else (`javascript:`, `data:`, relative paths, targets holding spaces or control
/// characters) is refused, and the link's text is rendered without a link.
public struct LinkTarget: Sendable, Equatable {
    /// The target exactly as given (not yet escaped).
    public let url: String

    /// Accepts `target` if it is safe to link to; `nil` otherwise.
    public init?(_ target: String) {
        guard !target.isEmpty,
            !target.unicodeScalars.contains(where: {
                $0.properties.isWhitespace || $0.isBidiControl || $0.isDisallowedControl
            })
        else { return nil }
        let lowered = target.lowercased()
        let allowed = ["http://", "https://", "mailto:", "#"]
        guard allowed.contains(where: { lowered.hasPrefix($0) && lowered.count > $0.count }) else {
            return nil
        }
        url = target
    }

    /// True for a `#fragment` inside the document.
    public var isFragment: Bool { url.hasPrefix("#") }

    /// How the target reads in plain text: the address without `mailto:`.
    public var readable: String {
        url.lowercased().hasPrefix("mailto:") ? String(url.dropFirst("mailto:".count)) : url
    }
}

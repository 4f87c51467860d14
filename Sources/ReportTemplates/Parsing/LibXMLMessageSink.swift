internal import CLibXML2

/// Collects libxml2's messages for one parse or one validation.
///
/// libxml2 calls back with a `void *`; this object travels there as an unretained pointer
/// (in the parser context's `_private`, or as the validator's error context) and lives on the
/// caller's stack frame for the whole call, so the pointer never dangles.
final class LibXMLMessageSink {
    /// What libxml2 said, in order.
    private(set) var messages: [LibXMLMessage] = []
    /// Problems we found ourselves during the parse (a DOCTYPE), already worded.
    private(set) var refusals: [(message: String, location: SourceLocation)] = []

    func record(_ error: UnsafePointer<xmlError>) {
        messages.append(LibXMLMessage(error))
    }

    func refuse(_ message: String, at location: SourceLocation) {
        refusals.append((message, location))
    }

    /// The pointer libxml2 hands back to the callbacks.
    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// The sink behind `pointer`, as stored by ``opaque``.
    static func from(_ pointer: UnsafeMutableRawPointer) -> LibXMLMessageSink {
        Unmanaged<LibXMLMessageSink>.fromOpaque(pointer).takeUnretainedValue()
    }
}

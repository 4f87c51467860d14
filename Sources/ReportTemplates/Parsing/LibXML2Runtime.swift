internal import CLibXML2

/// libxml2's process-wide set-up, run once before the first parse.
enum LibXML2Runtime {
    /// `xmlInitParser` must run once before any concurrent use; a lazily run global does that
    /// exactly once, thread-safely. `xmlCleanupParser` is never called: other tasks may be parsing.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Makes sure libxml2 is initialised; cheap after the first call.
    static func prepare() {
        _ = initialized
    }
}

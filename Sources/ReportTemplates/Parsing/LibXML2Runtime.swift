internal import CLibXML2

/// libxml2's process-wide set-up, run once before the first parse.
enum LibXML2Runtime {
    /// `xmlInitParser` must run once before any concurrent use; a lazily run global does that
    /// exactly once, thread-safely. libxml2 2.9 sets up its built-in XSD types (`xs:string` ...)
    /// apart, on the first schema compiled, with no lock: two schemas compiled at once then fail
    /// with "'xs:string' does not resolve to a simple type definition", so they are set up here
    /// too. `xmlCleanupParser` is never called: other tasks may be parsing.
    private static let initialized: Bool = {
        xmlInitParser()
        xmlSchemaInitTypes()
        return true
    }()

    /// Makes sure libxml2 is initialised; cheap after the first call.
    static func prepare() {
        _ = initialized
    }
}

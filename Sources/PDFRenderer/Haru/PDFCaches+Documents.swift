/// The libharu documents of a ``PDFCaches`` not rendering right now, kept with their fonts
/// loaded for the next render (see ``HaruDocument``).
///
/// A render takes a document, or makes one when none is free, and gives it back when it
/// succeeds; after a failure the document is freed instead, so no error state carries over.
/// There are never more documents than renders ever ran at once with the same caches.
extension PDFCaches {
    /// Runs `render` with a started, empty document, and keeps the document for the next
    /// render when `render` returns.
    func withDocument<Result>(_ render: (HaruDocument) throws(PDFError) -> Result) throws(PDFError) -> Result {
        let document: HaruDocument
        if let kept = documents.withLock({ $0.popLast() }) { document = kept } else { document = try HaruDocument() }
        try document.start()
        let result = try render(document)
        document.finish()
        documents.withLock { $0.append(document) }
        return result
    }
}

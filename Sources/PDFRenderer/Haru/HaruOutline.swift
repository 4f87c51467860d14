internal import CHaru

/// A bookmark in the PDF's outline (the reader's table of contents).
struct HaruOutline {
    /// The libharu handle; valid while the document lives.
    let handle: HPDF_Outline

    /// Adds a bookmark titled `title` under `parent` (the outline root when `nil`) that opens
    /// `destination`.
    init(
        title: String, parent: HaruOutline?, destination: HaruDestination, in document: HaruDocument
    ) throws(PDFError) {
        let encoder = try document.encoder(for: title)
        handle = try document.require(
            HPDF_CreateOutline(document.handle, parent?.handle, title, encoder), "create bookmark \(title)")
        try document.check(HPDF_Outline_SetDestination(handle, destination.handle), "set bookmark destination")
        try document.check(HPDF_Outline_SetOpened(handle, HPDF_TRUE), "open bookmark")
    }
}

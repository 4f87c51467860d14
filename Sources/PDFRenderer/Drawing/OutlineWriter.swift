/// Writes the PDF outline (bookmarks): level-1 entries at the top, deeper ones nested under
/// the last level-1 entry.
struct OutlineWriter {
    /// Every page of the document, in order.
    let pages: [HaruPage]
    /// The page geometry, for destinations.
    let geometry: PageGeometry

    /// Adds `bookmarks` to `document`'s outline.
    func write(_ bookmarks: [(bookmark: Bookmark, placement: Placement)], to document: HaruDocument) throws(PDFError) {
        var parent: HaruOutline?
        for (bookmark, placement) in bookmarks where !bookmark.title.isEmpty {
            let destination = try pages[placement.page].destination(top: geometry.pdfY(placement.y))
            let entry = try HaruOutline(
                title: bookmark.title, parent: bookmark.level == 1 ? nil : parent, destination: destination,
                in: document)
            if bookmark.level == 1 { parent = entry }
        }
    }
}

import ReportDocument

/// The pictures of one PDF document: each embedded the first time it is drawn and drawn by
/// reference after that, so a picture shown twice is stored once.
///
/// Not Sendable, like the ``HaruDocument`` it embeds into.
final class DocumentImages {
    private let document: HaruDocument
    private let caches: PDFCaches
    /// By ``ReportImage/fileName``, which differs for different bytes.
    private var embedded: [String: HaruImage] = [:]

    /// The images of `document`, none embedded yet.
    init(document: HaruDocument, caches: PDFCaches) {
        self.document = document
        self.caches = caches
    }

    /// `image` embedded in the document, embedding it now if it is not yet.
    func embedded(_ image: ReportImage) throws(PDFError) -> HaruImage {
        if let known = embedded[image.fileName] { return known }
        let made = try document.embed(image, caches: caches)
        embedded[image.fileName] = made
        return made
    }
}

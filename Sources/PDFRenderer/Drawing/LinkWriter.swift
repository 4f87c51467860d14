/// Turns link areas into link annotations: web and mail links open their URL, `#id` links
/// jump to the section or heading with that id.
///
/// A link that cannot be followed stays plain coloured text and gives a warning.
struct LinkWriter {
    /// Every page of the document, in order.
    let pages: [HaruPage]
    /// The page geometry, for destinations.
    let geometry: PageGeometry
    /// Where each id starts.
    let anchors: [String: Placement]

    /// Adds the annotations for `links` on page `pageIndex`.
    func write(_ links: [LinkArea], onPage pageIndex: Int, warnings: inout WarningLog) throws(PDFError) {
        let page = pages[pageIndex]
        for link in links {
            if link.target.hasPrefix("#") {
                guard let placement = anchors[String(link.target.dropFirst())] else {
                    warnings.add("link to \(link.target) has no section or heading with that id and is not clickable")
                    continue
                }
                let destination = try pages[placement.page].destination(top: geometry.pdfY(placement.y))
                try page.addLink(
                    to: destination, left: link.left, bottom: link.bottom, right: link.right, top: link.top)
            } else if Self.isWebOrMail(link.target) {
                try page.addLink(
                    to: link.target, left: link.left, bottom: link.bottom, right: link.right, top: link.top)
            } else {
                warnings.add("link to \"\(link.target)\" is not an http, https or mailto address and is not clickable")
            }
        }
    }

    private static func isWebOrMail(_ target: String) -> Bool {
        let lowered = target.lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://") || lowered.hasPrefix("mailto:")
    }
}

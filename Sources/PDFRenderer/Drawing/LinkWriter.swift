internal import CHaru

/// Turns link areas into link annotations: web and mail links open their URL, `#id` links
/// jump to the section or heading with that id.
///
/// A link that cannot be followed stays plain coloured text and gives a warning. Each
/// annotation is described (/Contents) by its link's text and printed with the page; one of a
/// link element joins the ``StructureTree`` and gets its key in the parent tree: after the
/// pages' keys, in the order annotations are made.
struct LinkWriter {
    /// Every page of the document, in order.
    let pages: [HaruPage]
    /// The page geometry, for destinations.
    let geometry: PageGeometry
    /// Where each id starts.
    let anchors: [String: Placement]
    /// The document's structure, which link annotations join.
    let structure: StructureTree
    /// Writes the annotations' entries libharu has no function for.
    let objects: HaruObjects

    /// Adds the annotations for `links` on page `pageIndex`; returns those that joined the
    /// structure tree, in the order they joined it.
    func write(_ links: [LinkArea], onPage pageIndex: Int, warnings: inout WarningLog) throws(PDFError)
        -> [HaruAnnotation]
    {
        let page = pages[pageIndex]
        var tagged: [HaruAnnotation] = []
        for link in links {
            let annotation: HaruAnnotation
            if link.target.hasPrefix("#") {
                guard let placement = anchors[String(link.target.dropFirst())] else {
                    warnings.add("link to \(link.target) has no section or heading with that id and is not clickable")
                    continue
                }
                let destination = try pages[placement.page].destination(top: geometry.pdfY(placement.y))
                annotation = try page.addLink(
                    to: destination, left: link.left, bottom: link.bottom, right: link.right, top: link.top)
            } else if Self.isWebOrMail(link.target) {
                annotation = try page.addLink(
                    to: link.target, left: link.left, bottom: link.bottom, right: link.right, top: link.top)
            } else {
                warnings.add("link to \"\(link.target)\" is not an http, https or mailto address and is not clickable")
                continue
            }
            let text = link.element.map(structure.text(of:)) ?? ""
            try objects.set("Contents", text: text.isEmpty ? link.target : text, in: annotation.handle)
            if let element = link.element {
                let index = structure.addAnnotation(of: element)
                try objects.set("StructParent", number: pages.count + index, in: annotation.handle)
                tagged.append(annotation)
            }
        }
        if !links.isEmpty {
            // Readers move through the annotations in the order of the structure tree.
            try objects.set("Tabs", name: "S", in: page.handle)
        }
        return tagged
    }

    private static func isWebOrMail(_ target: String) -> Bool {
        let lowered = target.lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://") || lowered.hasPrefix("mailto:")
    }
}

internal import CHaru

/// Writes a document's ``StructureTree`` as the PDF's logical structure: a structure element
/// for each element in the tree (its type, parent, children in reading order, the page of its
/// content, alternative text, table attributes), the parent tree that leads from each page's
/// marked content and each link annotation back to its element, and the structure tree root.
///
/// Each object is written as text in one piece (``PDFEntries``), not built entry by entry
/// through libharu: the tree has dozens of elements per report.
struct StructureWriter {
    /// Makes the objects.
    let objects: HaruObjects
    /// Every page of the document, in order.
    let pages: [HaruPage]

    /// Writes `tree`, whose link annotations are `annotations` (in the order they joined
    /// it), and returns the structure tree root, for the catalog.
    func write(_ tree: StructureTree, annotations: [HaruAnnotation]) throws(PDFError) -> HPDF_Dict {
        let root = try objects.writtenDictionary(PDFEntries())
        // Every object exists (and has its number) before any is written: they refer to each other.
        var numbers = [UInt32](repeating: 0, count: tree.elements.count)
        var dictionaries: [(id: Int, dict: HPDF_Dict)] = []
        for (id, element) in tree.elements.enumerated() where element.isAttached {
            let dict = try objects.writtenDictionary(PDFEntries())
            dictionaries.append((id, dict))
            numbers[id] = charu_object_number(dict)
        }
        let pageNumbers = pages.map { charu_object_number($0.handle) }
        let annotationNumbers = annotations.map { charu_object_number($0.handle) }
        var sharedAttributes: [StructureTree.HeaderScope: UInt32] = [:]
        for (id, dict) in dictionaries {
            let element = tree.elements[id]
            var entries = PDFEntries()
            entries.add("S", name: element.role.rawValue)
            entries.add("P", reference: element.parent.map { numbers[$0] } ?? charu_object_number(root))
            let ownPage = element.kids.lazy.compactMap { kid -> Int? in
                if case .content(let page, _) = kid { page } else { nil }
            }.first
            if let ownPage { entries.add("Pg", reference: pageNumbers[ownPage]) }
            let kids = element.kids.map { kid -> String in
                switch kid {
                case .element(let child): "\(numbers[child]) 0 R"
                case .content(let page, let id) where page == ownPage: "\(id)"
                case .content(let page, let id): "<</Type/MCR/Pg \(pageNumbers[page]) 0 R/MCID \(id)>>"
                case .annotation(let index): "<</Type/OBJR/Obj \(annotationNumbers[index]) 0 R>>"
                }
            }
            if kids.count == 1 {
                entries.add("K", syntax: kids[0])
            } else {
                entries.add("K", syntax: "[" + kids.joined(separator: " ") + "]")
            }
            if let alt = element.alt, !alt.isEmpty { entries.add("Alt", text: alt) }
            if let summary = element.summary {
                var attributes = PDFEntries()
                attributes.add("O", name: "Table")
                if let scope = element.scope { attributes.add("Scope", name: scope.rawValue) }
                attributes.add("Summary", text: summary)
                entries.add("A", syntax: "<<" + attributes.text + ">>")
            } else if let scope = element.scope {
                // Every header cell of a scope shares one attribute object.
                if sharedAttributes[scope] == nil {
                    var attributes = PDFEntries()
                    attributes.add("O", name: "Table")
                    attributes.add("Scope", name: scope.rawValue)
                    sharedAttributes[scope] = charu_object_number(try objects.writtenDictionary(attributes))
                }
                entries.add("A", reference: sharedAttributes[scope]!)
            }
            try objects.setEntries(entries, of: dict)
        }

        var nums: [String] = []
        for (page, owners) in tree.contentOwners.enumerated() where !owners.isEmpty {
            nums.append("\(page) [" + owners.map { "\(numbers[$0]) 0 R" }.joined(separator: " ") + "]")
            try objects.set("StructParents", number: page, in: pages[page].handle)
        }
        for (index, owner) in tree.annotationOwners.enumerated() {
            nums.append("\(pages.count + index) \(numbers[owner]) 0 R")
        }
        var entries = PDFEntries()
        entries.add("Type", name: "StructTreeRoot")
        entries.add("K", reference: numbers[StructureTree.root])
        entries.add("ParentTree", syntax: "<</Nums[" + nums.joined(separator: " ") + "]>>")
        entries.add("ParentTreeNextKey", number: pages.count + tree.annotationOwners.count)
        try objects.setEntries(entries, of: root)
        return root
    }
}

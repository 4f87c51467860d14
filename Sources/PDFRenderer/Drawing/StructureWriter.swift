internal import CHaru

/// Writes a document's ``StructureTree`` as the PDF's logical structure: a structure element
/// for each element in the tree (its type, parent, children in reading order, the page of its
/// content, alternative text, table attributes), the parent tree that leads from each page's
/// marked content and each link annotation back to its element, and the structure tree root.
struct StructureWriter {
    /// Makes the objects.
    let objects: HaruObjects
    /// Every page of the document, in order.
    let pages: [HaruPage]

    /// Writes `tree`, whose link annotations are `annotations` (in the order they joined
    /// it), and returns the structure tree root, for the catalog.
    func write(_ tree: StructureTree, annotations: [HaruAnnotation]) throws(PDFError) -> HPDF_Dict {
        let root = try objects.dictionary(indirect: true)
        var dictionaries: [Int: HPDF_Dict] = [:]
        for (id, element) in tree.elements.enumerated() where element.isAttached {
            dictionaries[id] = try objects.dictionary(indirect: true)
        }
        var sharedAttributes: [StructureTree.HeaderScope: HPDF_Dict] = [:]
        for (id, element) in tree.elements.enumerated() {
            guard let dict = dictionaries[id] else { continue }
            let parent = element.parent.flatMap { dictionaries[$0] } ?? root
            if let scope = element.scope, element.summary == nil {
                // Every header cell of a scope shares one attribute object.
                if sharedAttributes[scope] == nil {
                    let attributes = try objects.dictionary(indirect: true)
                    try objects.set("O", name: "Table", in: attributes)
                    try objects.set("Scope", name: scope.rawValue, in: attributes)
                    sharedAttributes[scope] = attributes
                }
                try objects.set("A", sharedAttributes[scope]!, in: dict)
            }
            try write(element, into: dict, parent: parent) {
                switch $0 {
                case .element(let child): UnsafeMutableRawPointer(dictionaries[child]!)
                case .annotation(let index): UnsafeMutableRawPointer(annotations[index].handle)
                case .content: nil
                }
            }
        }
        let nums = try objects.array()
        for (page, owners) in tree.contentOwners.enumerated() where !owners.isEmpty {
            let parents = try objects.array()
            for owner in owners { try objects.append(dictionaries[owner]!, to: parents) }
            try objects.append(number: page, to: nums)
            try objects.append(parents, to: nums)
            try objects.set("StructParents", number: page, in: pages[page].handle)
        }
        for (index, owner) in tree.annotationOwners.enumerated() {
            try objects.append(number: pages.count + index, to: nums)
            try objects.append(dictionaries[owner]!, to: nums)
        }
        let parentTree = try objects.dictionary()
        try objects.set("Nums", nums, in: parentTree)
        try objects.set("Type", name: "StructTreeRoot", in: root)
        try objects.set("K", dictionaries[StructureTree.root]!, in: root)
        try objects.set("ParentTree", parentTree, in: root)
        try objects.set("ParentTreeNextKey", number: pages.count + tree.annotationOwners.count, in: root)
        return root
    }

    /// Fills the structure element `dict`: a lone kid is written as it is, several as an array;
    /// marked content on the element's own page (/Pg, its first content's) as its id, on another
    /// page as a marked-content reference, an annotation as an object reference.
    private func write(
        _ element: StructureTree.Element, into dict: HPDF_Dict, parent: HPDF_Dict,
        object: (StructureTree.Kid) -> UnsafeMutableRawPointer?
    ) throws(PDFError) {
        try objects.set("S", name: element.role.rawValue, in: dict)
        try objects.set("P", parent, in: dict)
        let ownPage = element.kids.lazy.compactMap { kid -> Int? in
            if case .content(let page, _) = kid { page } else { nil }
        }.first
        if let ownPage { try objects.set("Pg", pages[ownPage].handle, in: dict) }
        if element.kids.count == 1, case .content(let page, let id) = element.kids[0], page == ownPage {
            try objects.set("K", number: id, in: dict)
        } else if element.kids.count == 1 {
            try objects.set("K", try kid(element.kids[0], ownPage: ownPage, object: object), in: dict)
        } else {
            let kids = try objects.array()
            for entry in element.kids {
                if case .content(let page, let id) = entry, page == ownPage {
                    try objects.append(number: id, to: kids)
                } else {
                    try objects.append(try kid(entry, ownPage: ownPage, object: object), to: kids)
                }
            }
            try objects.set("K", kids, in: dict)
        }
        if let alt = element.alt, !alt.isEmpty { try objects.set("Alt", text: alt, in: dict) }
        if element.summary != nil {
            let attributes = try objects.dictionary()
            try objects.set("O", name: "Table", in: attributes)
            if let scope = element.scope { try objects.set("Scope", name: scope.rawValue, in: attributes) }
            if let summary = element.summary { try objects.set("Summary", text: summary, in: attributes) }
            try objects.set("A", attributes, in: dict)
        }
    }

    /// The object for a kid that is not marked content on the element's own page.
    private func kid(
        _ kid: StructureTree.Kid, ownPage: Int?, object: (StructureTree.Kid) -> UnsafeMutableRawPointer?
    ) throws(PDFError) -> UnsafeMutableRawPointer {
        switch kid {
        case .element:
            return object(kid)!
        case .content(let page, let id):
            let reference = try objects.dictionary()
            try objects.set("Type", name: "MCR", in: reference)
            try objects.set("Pg", pages[page].handle, in: reference)
            try objects.set("MCID", number: id, in: reference)
            return UnsafeMutableRawPointer(reference)
        case .annotation:
            let reference = try objects.dictionary()
            try objects.set("Type", name: "OBJR", in: reference)
            try objects.set("Obj", object(kid)!, in: reference)
            return UnsafeMutableRawPointer(reference)
        }
    }
}

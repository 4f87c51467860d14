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
        let context = Context(
            numbers: numbers, root: charu_object_number(root), pages: pages.map { charu_object_number($0.handle) },
            annotations: annotations.map { charu_object_number($0.handle) })
        var sharedAttributes: [StructureTree.HeaderScope: UInt32] = [:]
        for (id, dict) in dictionaries {
            let element = tree.elements[id]
            var entries = PDFEntries()
            write(element, context, into: &entries)
            if let scope = element.scope, element.summary == nil {
                // Every header cell of a scope shares one attribute object.
                if sharedAttributes[scope] == nil {
                    var attributes = PDFEntries()
                    attributes.append("/O/Table/Scope")
                    attributes.append(name: scope.rawValue)
                    sharedAttributes[scope] = charu_object_number(try objects.writtenDictionary(attributes))
                }
                entries.append("/A ")
                entries.append(reference: sharedAttributes[scope]!)
            }
            try objects.setEntries(entries, of: dict)
        }

        var entries = PDFEntries(capacity: 256)
        entries.append("/Type/StructTreeRoot/K ")
        entries.append(reference: numbers[StructureTree.root])
        entries.append("/ParentTree<</Nums[")
        for (page, owners) in tree.contentOwners.enumerated() where !owners.isEmpty {
            entries.append(number: page)
            entries.append(" [")
            for owner in owners {
                entries.append(reference: numbers[owner])
                entries.append(" ")
            }
            entries.append("] ")
            try objects.set("StructParents", number: page, in: pages[page].handle)
        }
        for (index, owner) in tree.annotationOwners.enumerated() {
            entries.append(number: pages.count + index)
            entries.append(" ")
            entries.append(reference: numbers[owner])
            entries.append(" ")
        }
        entries.append("]>>/ParentTreeNextKey ")
        entries.append(number: pages.count + tree.annotationOwners.count)
        try objects.setEntries(entries, of: root)
        return root
    }

    /// The object numbers the entries refer to.
    private struct Context {
        var numbers: [UInt32]
        var root: UInt32
        var pages: [UInt32]
        var annotations: [UInt32]
    }

    /// The entries of `element` but a shared attribute object: a lone kid is written as it is,
    /// several as an array; marked content on the element's own page (/Pg, its first
    /// content's) as its id, on another page as a marked-content reference, an annotation as
    /// an object reference.
    private func write(_ element: StructureTree.Element, _ context: Context, into entries: inout PDFEntries) {
        entries.append("/S")
        entries.append(name: element.role.rawValue)
        entries.append("/P ")
        entries.append(reference: element.parent.map { context.numbers[$0] } ?? context.root)
        var ownPage: Int?
        for case .content(let page, _) in element.kids {
            ownPage = page
            break
        }
        if let ownPage {
            entries.append("/Pg ")
            entries.append(reference: context.pages[ownPage])
        }
        entries.append(element.kids.count == 1 ? "/K " : "/K[")
        for (index, kid) in element.kids.enumerated() {
            if index > 0 { entries.append(" ") }
            switch kid {
            case .element(let child):
                entries.append(reference: context.numbers[child])
            case .content(let page, let id) where page == ownPage:
                entries.append(number: id)
            case .content(let page, let id):
                entries.append("<</Type/MCR/Pg ")
                entries.append(reference: context.pages[page])
                entries.append("/MCID ")
                entries.append(number: id)
                entries.append(">>")
            case .annotation(let index):
                entries.append("<</Type/OBJR/Obj ")
                entries.append(reference: context.annotations[index])
                entries.append(">>")
            }
        }
        if element.kids.count != 1 { entries.append("]") }
        if let alt = element.alt, !alt.isEmpty {
            entries.append("/Alt")
            entries.append(text: alt)
        }
        if let summary = element.summary {
            entries.append("/A<</O/Table")
            if let scope = element.scope {
                entries.append("/Scope")
                entries.append(name: scope.rawValue)
            }
            entries.append("/Summary")
            entries.append(text: summary)
            entries.append(">>")
        }
    }
}

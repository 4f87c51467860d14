/// The logical structure of one document, built while its blocks are laid out (in reading
/// order) and filled with the content that refers to it while its pages are drawn.
///
/// Layout creates the elements (``add(_:under:)``) and marks commands with their ids
/// (``ContentTag``). Drawing gives each marked run of content a marked-content id on its page
/// (``mark(_:page:)``); an element joins the tree, after its earlier siblings, when its first
/// content (or the first content of a descendant) is drawn, so the tree's order is the order
/// content is drawn in, and an element with nothing drawn is left out. Not Sendable: it
/// lives inside one render.
final class StructureTree {
    /// A structure element.
    struct Element {
        /// Its structure type.
        var role: StructureRole
        /// Its parent; `nil` only for the root.
        var parent: Int?
        /// Its children and content, in reading order.
        var kids: [Kid] = []
        /// Alternative text (pictures).
        var alt: String?
        /// For a header cell: whether it heads its column or its row.
        var scope: HeaderScope?
        /// For a table: what it holds, for screen readers.
        var summary: String?
        /// For a link: its text, which describes its annotations.
        var text = ""
        /// True once it is part of the tree.
        var isAttached = false
    }

    /// A child of an element.
    enum Kid: Equatable {
        /// Another element.
        case element(Int)
        /// A run of marked content: its page (0-based) and its marked-content id on that page.
        case content(page: Int, id: Int)
        /// A link annotation, the ``LinkAnnotation`` with this index.
        case annotation(Int)
    }

    /// What a header cell heads.
    enum HeaderScope: String {
        case column = "Column"
        case row = "Row"
    }

    /// The elements; the root, a ``StructureRole/document``, is element 0.
    private(set) var elements: [Element] = [Element(role: .document, isAttached: true)]
    /// For each page, the element each marked-content id belongs to.
    private(set) var contentOwners: [[Int]] = []
    /// The link annotations, in the order they were made, with the element each belongs to.
    private(set) var annotationOwners: [Int] = []
    /// The document levels of the headings that are still open (each deeper than the one
    /// before), for headings that do not skip levels.
    private var openHeadingLevels: [Int] = []
    /// For each element whose text is being set, the link its last text was in.
    fileprivate var openLinks: [Int: (target: String, element: Int)] = [:]

    /// The root element's id.
    static let root = 0

    /// Adds an element of `role` as a child of `parent`; returns its id.
    func add(_ role: StructureRole, under parent: Int) -> Int {
        elements.append(Element(role: role, parent: parent))
        return elements.count - 1
    }

    /// Adds a heading of `level` (1 for the largest) under `parent`. Its structure level is its
    /// depth among the headings still open, so levels never skip one: the first heading is an
    /// H1, a heading is one level below the last shallower one, and headings of the same
    /// document level under it are siblings.
    func addHeading(level: Int, under parent: Int) -> Int {
        while let last = openHeadingLevels.last, last >= level { openHeadingLevels.removeLast() }
        openHeadingLevels.append(level)
        return add(.heading(openHeadingLevels.count), under: parent)
    }

    /// Sets the alternative text of a picture.
    func setAlt(_ alt: String, of element: Int) { elements[element].alt = alt }

    /// Sets what a header cell heads.
    func setScope(_ scope: HeaderScope, of element: Int) { elements[element].scope = scope }

    /// Sets a table's summary.
    func setSummary(_ summary: String, of element: Int) { elements[element].summary = summary }

    /// Adds `text` to what a link says.
    func addLinkText(_ text: String, to element: Int) {
        elements[element].text += text
    }

    /// The text of a link element, without the space a line may end in.
    func text(of element: Int) -> String {
        String(elements[element].text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    /// Records a new run of `element`'s content on `page` and returns its marked-content id.
    func mark(_ element: Int, page: Int) -> Int {
        while contentOwners.count <= page { contentOwners.append([]) }
        let id = contentOwners[page].count
        contentOwners[page].append(element)
        attach(element)
        elements[element].kids.append(.content(page: page, id: id))
        return id
    }

    /// Records a link annotation of the link `element`; returns the annotation's index.
    func addAnnotation(of element: Int) -> Int {
        annotationOwners.append(element)
        attach(element)
        elements[element].kids.append(.annotation(annotationOwners.count - 1))
        return annotationOwners.count - 1
    }

    /// Makes `element` and its ancestors part of the tree, each after its siblings so far.
    private func attach(_ element: Int) {
        var child = element
        while !elements[child].isAttached, let parent = elements[child].parent {
            elements[child].isAttached = true
            elements[parent].kids.append(.element(child))
            child = parent
        }
    }
}

extension StructureTree {
    /// The link element for text leading to `target` in the text of `element`: the one the
    /// text before it is in (on this line or the one before), when that leads there too, else
    /// a new one.
    func link(to target: String, in element: Int) -> Int {
        if let open = openLinks[element], open.target == target { return open.element }
        let link = add(.link, under: element)
        openLinks[element] = (target, link)
        return link
    }

    /// Ends the link the text of `element` is in, if any.
    func endLink(in element: Int) {
        openLinks[element] = nil
    }
}

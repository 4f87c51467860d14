import ReportDocument

/// A clickable area found while drawing a page, resolved once every page exists.
struct LinkArea {
    /// A URL or `#id`.
    var target: String
    /// The area in PDF coordinates.
    var left, bottom, right, top: Double
    /// The link element the area's text belongs to; `nil` for a link in an artifact.
    var element: Int?
}

/// Draws layout commands on one libharu page, converting layout coordinates to PDF ones.
///
/// Consecutive text commands share one text object; the font and colour are set only when
/// they change. Tagged commands become marked content: a run of an element's content gets
/// the next marked-content id of the page (recorded in the ``StructureTree``), artifacts
/// are marked as such; marked content never crosses a text object's boundary.
struct PageDrawer {
    /// The page drawn on.
    let page: HaruPage
    /// The fonts embedded in the document.
    let fonts: EmbeddedFonts
    /// The pictures embedded in the document.
    let images: DocumentImages
    /// The page's geometry.
    let geometry: PageGeometry
    /// The document's structure, which records the page's marked content.
    let structure: StructureTree
    /// The page's index, 0-based.
    let pageIndex: Int

    /// Draws `commands` in order and returns the link areas among them.
    func draw(_ commands: [DrawCommand]) throws(PDFError) -> [LinkArea] {
        var state = State()
        var links: [LinkArea] = []
        for command in commands {
            switch command {
            case .text(let text, let x, let y, let choice, let size, let color):
                for piece in fonts.pieces(of: text, font: choice, size: size) {
                    if !state.inText {
                        try page.beginText()
                        state.inText = true
                    }
                    if !piece.font.isSame(as: state.font) || state.size != size {
                        try page.setFont(piece.font, size: size)
                        (state.font, state.size) = (piece.font, size)
                    }
                    try setFill(color, &state)
                    try page.showText(piece.text, in: piece.font, x: x + piece.x, y: geometry.pdfY(y))
                }
            case .rectangle(let x, let y, let width, let height, let color):
                try endText(&state)
                try setFill(color, &state)
                try page.fillRectangle(x: x, y: geometry.pdfY(y + height), width: width, height: height)
            case .horizontalLine(let fromX, let toX, let y, let thickness, let color):
                try endText(&state)
                if state.stroke != color {
                    try page.setStrokeColor(color)
                    state.stroke = color
                }
                try page.strokeLine(
                    fromX: fromX, fromY: geometry.pdfY(y), toX: toX, toY: geometry.pdfY(y), width: thickness)
            case .link(let target, let x, let y, let width, let height):
                var element: Int?
                if case .element(let id) = state.tag, structure.elements[id].role == .link { element = id }
                links.append(
                    LinkArea(
                        target: target, left: x, bottom: geometry.pdfY(y + height), right: x + width,
                        top: geometry.pdfY(y), element: element))
            case .image(let image, let x, let y, let width, let height):
                try endText(&state)
                try page.draw(
                    try images.embedded(image), x: x, y: geometry.pdfY(y + height), width: width, height: height)
            case .tag(let tag):
                guard tag != state.tag else { continue }
                try endText(&state)
                try endMarkedContent(&state)
                var operators = PDFEntries()
                switch tag {
                case .element(let element):
                    operators.append(name: structure.elements[element].role.rawValue)
                    operators.append(" <</MCID ")
                    operators.append(number: structure.mark(element, page: pageIndex))
                    operators.append(">> BDC\n")
                case .artifact:
                    operators.append("/Artifact BMC\n")
                case .pagination:
                    operators.append("/Artifact <</Type /Pagination>> BDC\n")
                }
                try page.writeOperators(operators)
                state.tag = tag
            }
        }
        try endText(&state)
        try endMarkedContent(&state)
        return links
    }

    /// The operator that ends marked content.
    private static let endMarkedContent: PDFEntries = {
        var operators = PDFEntries(capacity: 4)
        operators.append("EMC\n")
        return operators
    }()

    private func endMarkedContent(_ state: inout State) throws(PDFError) {
        if state.tag != nil {
            try page.writeOperators(Self.endMarkedContent)
            state.tag = nil
        }
    }

    private struct State {
        var inText = false
        var font: HaruFont?
        var size: Double?
        var fill: RGBColor?
        var stroke: RGBColor?
        /// The marked content open, if any.
        var tag: ContentTag?
    }

    private func setFill(_ color: RGBColor, _ state: inout State) throws(PDFError) {
        if state.fill != color {
            try page.setFillColor(color)
            state.fill = color
        }
    }

    private func endText(_ state: inout State) throws(PDFError) {
        if state.inText {
            try page.endText()
            state.inText = false
        }
    }
}

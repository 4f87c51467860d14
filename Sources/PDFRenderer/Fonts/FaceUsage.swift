import ReportDocument

/// The faces a document needs, so that unused bold and italic fonts are not loaded.
///
/// Mirrors the choices of ``BlockLayout``: headings, table headers, chart titles and
/// highlighted bars are bold; strong text is bold, emphasis italic, the two nested bold italic.
enum FaceUsage {
    /// The faces `document` draws with; always includes ``FontFace/regular``.
    static func faces(in document: ReportDocument) -> Set<FontFace> {
        var faces: Set<FontFace> = [.regular]
        for decoration in [document.header, document.footer].compactMap({ $0 }) {
            collect(decoration.left + decoration.center + decoration.right, face: .regular, into: &faces)
        }
        collect(document.blocks, into: &faces)
        return faces
    }

    private static func collect(_ blocks: [Block], into faces: inout Set<FontFace>) {
        for block in blocks {
            switch block {
            case .section(let section): collect(section.blocks, into: &faces)
            case .heading: faces.insert(.bold)
            case .paragraph(let paragraph): collect(paragraph.content, face: .regular, into: &faces)
            case .list(let list): collect(Array(list.items.joined()), into: &faces)
            case .table(let table):
                if table.header.contains(where: { !$0.isEmpty }) { faces.insert(.bold) }
                for cell in table.rows.joined() { collect(cell, face: .regular, into: &faces) }
            case .barChart(let chart):
                if !chart.title.isEmpty || !chart.bars.isEmpty { faces.insert(.bold) }
            case .callout(let callout): collect(callout.blocks, into: &faces)
            case .image, .spacer, .rule, .pageBreak: break
            }
        }
    }

    private static func collect(_ inlines: [Inline], face: FontFace, into faces: inout Set<FontFace>) {
        for inline in inlines {
            switch inline {
            case .text(let text): if !text.isEmpty { faces.insert(face) }
            case .strong(let content): collect(content, face: face.strengthened, into: &faces)
            case .emphasis(let content): collect(content, face: face.emphasised, into: &faces)
            case .link(_, let content): collect(content, face: face, into: &faces)
            case .pageNumber, .pageCount: faces.insert(face)
            }
        }
    }
}

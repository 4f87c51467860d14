import ReportDocument

/// Which faces of the theme a document draws with, so that only those font files are read.
///
/// Every face comes from the layout's own decisions: the face each kind of text starts in
/// (``BlockFaces``) and how strong and emphasis change it (``FontFace/strengthened``,
/// ``FontFace/emphasised``). A face the layout draws with is therefore always loaded.
enum FaceUsage {
    /// The faces `document` draws with; always includes ``FontFace/regular``.
    static func faces(in document: ReportDocument) -> Set<FontFace> {
        var faces: Set<FontFace> = [.regular]
        for decoration in [document.header, document.footer].compactMap({ $0 }) {
            collect(decoration.left + decoration.center + decoration.right, face: BlockFaces.decoration, into: &faces)
        }
        collect(document.blocks, into: &faces)
        return faces
    }

    private static func collect(_ blocks: [Block], into faces: inout Set<FontFace>) {
        for block in blocks {
            switch block {
            case .section(let section): collect(section.blocks, into: &faces)
            case .heading(let heading): collect(heading.content, face: BlockFaces.heading, into: &faces)
            case .paragraph(let paragraph): collect(paragraph.content, face: BlockFaces.paragraph, into: &faces)
            case .list(let list):
                if !list.items.isEmpty { faces.insert(BlockFaces.listMarker) }
                collect(Array(list.items.joined()), into: &faces)
            case .table(let table):
                for cell in table.header { collect(cell, face: BlockFaces.tableHeader, into: &faces) }
                for cell in table.rows.joined() { collect(cell, face: BlockFaces.tableCell, into: &faces) }
            case .barChart(let chart):
                if !chart.title.isEmpty { faces.insert(BlockFaces.chartTitle) }
                for bar in chart.bars {
                    faces.insert(BlockFaces.chartValue)
                    faces.insert(BlockFaces.chartLabel(highlighted: bar.highlighted))
                }
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

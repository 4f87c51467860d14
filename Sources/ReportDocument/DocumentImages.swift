extension ReportDocument {
    /// The pictures the document shows, each once (by ``ReportImage/fileName``), in reading order.
    public var images: [ReportImage] {
        var found: [ReportImage] = []
        var names: Set<String> = []
        func collect(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .image(let image):
                    if names.insert(image.image.fileName).inserted { found.append(image.image) }
                case .section(let section): collect(section.blocks)
                case .callout(let callout): collect(callout.blocks)
                case .list(let list): list.items.forEach(collect)
                case .heading, .paragraph, .table, .barChart, .spacer, .rule, .pageBreak: break
                }
            }
        }
        collect(blocks)
        return found
    }
}

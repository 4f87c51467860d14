import ReportDocument

extension BlockLayout {
    /// Breaks `inlines` into lines of at most `width` points, after leaving out what the
    /// fonts cannot draw.
    mutating func breakLines(
        _ inlines: [Inline], face: FontFace, size: Double, width: Double,
        flattener: InlineFlattener = InlineFlattener()
    ) -> [BrokenLine<InlineStyle>] {
        let runs = GlyphFilter(fonts: fonts).filter(flattener.runs(inlines, face: face), warnings: &warnings)
        let fonts = self.fonts
        let breaker = LineBreaker<InlineStyle> { text, style in fonts.width(of: text, font: style.font, size: size) }
        return breaker.lines(runs, width: max(width, size))
    }

    /// Sets `inlines` as lines of text, one fragment per line, tagged as content of the
    /// structure element `tag`.
    mutating func setText(
        _ inlines: [Inline], face: FontFace, size: Double, color: RGBColor, x: Double, width: Double,
        alignment: TextAlignment = .leading, tag: Int
    ) -> [Fragment] {
        let height = lineHeight(size)
        return breakLines(inlines, face: face, size: size, width: width).map { line in
            let commands = self.commands(
                for: line, x: x, width: width, top: 0, size: size, color: color, alignment: alignment,
                tag: .element(tag))
            return Fragment(height: height, commands: commands, firstBaseline: baseline(top: 0, size: size))
        }
    }

    /// The baseline of a line whose box starts at `top`: capitals are centred in the line box.
    func baseline(top: Double, size: Double) -> Double {
        top + lineHeight(size) / 2 + size * 0.36
    }

    /// The commands that draw `line` in a box from `x`, `width` wide, whose top is at `top`,
    /// tagged `tag`; links are drawn in the accent colour and made clickable, and in an
    /// element's text each link is an element of its own (one across lines).
    func commands(
        for line: BrokenLine<InlineStyle>, x: Double, width: Double, top: Double, size: Double,
        color: RGBColor, alignment: TextAlignment, tag: ContentTag
    ) -> [DrawCommand] {
        let start =
            switch alignment {
            case .leading: x
            case .center: x + max(0, width - line.width) / 2
            case .trailing: x + max(0, width - line.width)
            }
        let baseline = baseline(top: top, size: size)
        var commands: [DrawCommand] = []
        var current: ContentTag?
        for (index, var piece) in line.pieces.enumerated() {
            // The space the line was broken at is drawn after its last word (it shows nothing),
            // so that readers and text extraction do not run the last and the next word together.
            if line.endsInSpace, index == line.pieces.count - 1 { piece.text += " " }
            var pieceTag = tag
            if case .element(let element) = tag {
                if let target = piece.style.link {
                    let link = structure.link(to: target, in: element)
                    structure.addLinkText(piece.text, to: link)
                    pieceTag = .element(link)
                } else {
                    structure.endLink(in: element)
                }
            }
            if pieceTag != current {
                commands.append(.tag(pieceTag))
                current = pieceTag
            }
            let pieceColor = piece.style.link == nil ? color : palette.accent
            commands.append(
                .text(
                    piece.text, x: start + piece.x, y: baseline, font: piece.style.font, size: size, color: pieceColor))
            if let target = piece.style.link {
                commands.append(
                    .link(target: target, x: start + piece.x, y: top, width: piece.width, height: lineHeight(size)))
            }
        }
        return commands
    }
}

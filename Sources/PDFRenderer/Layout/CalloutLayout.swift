import ReportDocument

extension BlockLayout {
    /// Lays out a callout: its content on a tinted background with a stronger stripe on the
    /// left, padded; kept on one page when it fits on one.
    ///
    /// Every fragment draws its own slice of the background, so a callout longer than a page
    /// continues seamlessly on the next.
    mutating func layout(_ callout: Callout, x: Double, width: Double) -> [FlowItem] {
        let padding = theme.spacing.cellPadding * 2
        let stripe = 3.0
        let background = palette.calloutBackground(callout.tone)
        let stripeColor = palette.calloutEdge(callout.tone)
        // Inside the box, a page has room for the content less the padding above and below it.
        let pageHeight = pageContentHeight
        pageContentHeight -= 2 * padding
        let content = layout(
            callout.blocks, as: .division, x: x + stripe + padding, width: width - stripe - 2 * padding
        ).items
        pageContentHeight = pageHeight
        var fragments: [Fragment] = content.compactMap {
            if case .fragment(let fragment) = $0 { fragment } else { nil }
        }
        guard !fragments.isEmpty else { return [] }
        for index in fragments.indices {
            let above = index == 0 ? padding : fragments[index].spaceBefore
            fragments[index] = fragments[index].padded(top: above)
            fragments[index].spaceBefore = 0
        }
        fragments[fragments.count - 1].height += padding
        func backed(_ fragment: Fragment) -> Fragment {
            var copy = fragment
            copy.commands.insert(
                contentsOf: [
                    .tag(.artifact),
                    .rectangle(x: x, y: 0, width: width, height: fragment.height, color: background),
                    .rectangle(x: x, y: 0, width: stripe, height: fragment.height, color: stripeColor),
                ], at: 0)
            copy.continuationHeader = fragment.continuationHeader.map(backed)
            return copy
        }
        fragments = fragments.map(backed)
        fragments[0].spaceBefore = theme.spacing.blockGap * 1.5
        return fragments.map(FlowItem.fragment).keptTogether()
    }
}

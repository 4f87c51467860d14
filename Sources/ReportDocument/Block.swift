/// A piece of content that stacks vertically: a paragraph, a list, a table, a chart.
///
/// Adding a case makes the compiler list every renderer that must learn it.
public indirect enum Block: Sendable, Equatable {
    /// A titled part of the report; the PDF makes a bookmark of it.
    case section(Section)
    /// A heading of level 1 to 3; kept on the same page as the block after it.
    case heading(Heading)
    /// Running text with a role (lead, body, note).
    case paragraph(Paragraph)
    /// A bulleted or numbered list.
    case list(ListBlock)
    /// A data table with a header row.
    case table(Table)
    /// Horizontal bars with labels and values.
    case barChart(BarChart)
    /// A boxed aside that stands out from the text.
    case callout(Callout)
    /// A picture: a logo, a photo, a diagram.
    case image(ImageBlock)
    /// Vertical space, in points.
    case spacer(Double)
    /// A thin horizontal line across the text column.
    case rule
    /// Starts a new page in print; ignored on screen.
    case pageBreak
}

/// A titled part of the report.
public struct Section: Sendable, Equatable {
    /// A stable id (unique in the document), used for links and bookmarks; empty for none.
    public var id: String
    /// The section's content; usually begins with a heading.
    public var blocks: [Block]
    /// True when the whole section should stay on one page if it fits.
    public var keepTogether: Bool
    /// True when the block should stay on the same page as the block after it.
    public var keepWithNext: Bool

    /// Creates a section.
    public init(id: String = "", blocks: [Block], keepTogether: Bool = false, keepWithNext: Bool = false) {
        self.id = id
        self.blocks = blocks
        self.keepTogether = keepTogether
        self.keepWithNext = keepWithNext
    }
}

/// A heading of level 1 (largest) to 3.
public struct Heading: Sendable, Equatable {
    /// 1, 2 or 3.
    public var level: Int
    /// The heading text.
    public var content: [Inline]
    /// An id links may point to; empty for none.
    public var id: String

    /// Creates a heading; `level` is clamped to 1...3.
    public init(level: Int, content: [Inline], id: String = "") {
        self.level = min(max(level, 1), 3)
        self.content = content
        self.id = id
    }
}

/// A paragraph of running text.
public struct Paragraph: Sendable, Equatable {
    /// How the paragraph is set.
    public var role: ParagraphRole
    /// The text.
    public var content: [Inline]
    /// True when the block should stay on the same page as the block after it.
    public var keepWithNext: Bool

    /// Creates a paragraph.
    public init(role: ParagraphRole = .body, content: [Inline], keepWithNext: Bool = false) {
        self.role = role
        self.content = content
        self.keepWithNext = keepWithNext
    }
}

/// How a paragraph is set: each role has its own size and colour in the theme.
public enum ParagraphRole: String, Sendable, Equatable, CaseIterable {
    /// The opening paragraph, set larger.
    case lead
    /// Ordinary text.
    case body
    /// Small print: sources, disclaimers.
    case note
}

/// A bulleted or numbered list whose items are blocks.
public struct ListBlock: Sendable, Equatable {
    /// Bullets or numbers.
    public var style: ListStyle
    /// Each item is a short run of blocks (usually one paragraph).
    public var items: [[Block]]
    /// True when the block should stay on the same page as the block after it.
    public var keepWithNext: Bool

    /// Creates a list.
    public init(style: ListStyle = .bullet, items: [[Block]], keepWithNext: Bool = false) {
        self.style = style
        self.items = items
        self.keepWithNext = keepWithNext
    }
}

/// How list items are marked.
public enum ListStyle: String, Sendable, Equatable {
    /// A bullet before each item.
    case bullet
    /// 1., 2., 3. before the items.
    case numbered
}

/// A data table: columns, a header row, body rows.
public struct Table: Sendable, Equatable {
    /// Column widths and alignment; the number of columns.
    public var columns: [TableColumn]
    /// Header cells, one per column; repeated after a page break in print.
    public var header: [[Inline]]
    /// Body rows, each with one cell per column.
    public var rows: [[[Inline]]]
    /// A short description for screen readers; empty for none.
    public var caption: String
    /// True when the block should stay on the same page as the block after it.
    public var keepWithNext: Bool

    /// Creates a table.
    public init(
        columns: [TableColumn], header: [[Inline]], rows: [[[Inline]]], caption: String = "",
        keepWithNext: Bool = false
    ) {
        self.columns = columns
        self.header = header
        self.rows = rows
        self.caption = caption
        self.keepWithNext = keepWithNext
    }
}

/// One column of a table.
public struct TableColumn: Sendable, Equatable {
    /// Share of the table width, relative to the other columns (weights, not percent).
    public var width: Double
    /// How the column's cells are aligned.
    public var alignment: TextAlignment

    /// Creates a column.
    public init(width: Double = 1, alignment: TextAlignment = .leading) {
        self.width = width
        self.alignment = alignment
    }
}

/// Horizontal alignment of text in a cell or line.
public enum TextAlignment: String, Sendable, Equatable {
    /// Left in left-to-right text.
    case leading
    /// Centred.
    case center
    /// Right in left-to-right text.
    case trailing
}

/// A horizontal bar chart: each bar a label, a value and the text shown for it.
public struct BarChart: Sendable, Equatable {
    /// What the chart shows, for screen readers and as its caption.
    public var title: String
    /// The value of a full-width bar; bars are drawn as `value / maximum`.
    public var maximum: Double
    /// The bars, top to bottom.
    public var bars: [Bar]
    /// True when the block should stay on the same page as the block after it.
    public var keepWithNext: Bool

    /// Creates a chart; a `maximum` of zero or less is treated as 1.
    public init(title: String, maximum: Double, bars: [Bar], keepWithNext: Bool = false) {
        self.title = title
        self.maximum = maximum > 0 ? maximum : 1
        self.bars = bars
        self.keepWithNext = keepWithNext
    }
}

/// One bar of a bar chart.
public struct Bar: Sendable, Equatable {
    /// Shown beside the bar.
    public var label: String
    /// The bar's length in the chart's units, from 0 to the chart's maximum.
    public var value: Double
    /// How the value is written at the end of the bar, for example "78%".
    public var valueText: String
    /// True for a bar the reader should notice (drawn in the accent colour).
    public var highlighted: Bool

    /// Creates a bar.
    public init(label: String, value: Double, valueText: String, highlighted: Bool = false) {
        self.label = label
        self.value = value
        self.valueText = valueText
        self.highlighted = highlighted
    }
}

/// A boxed aside.
public struct Callout: Sendable, Equatable {
    /// Sets the box's colours.
    public var tone: CalloutTone
    /// The content.
    public var blocks: [Block]
    /// True when the block should stay on the same page as the block after it.
    public var keepWithNext: Bool

    /// Creates a callout.
    public init(tone: CalloutTone = .info, blocks: [Block], keepWithNext: Bool = false) {
        self.tone = tone
        self.blocks = blocks
        self.keepWithNext = keepWithNext
    }
}

/// The colour scheme of a callout.
public enum CalloutTone: String, Sendable, Equatable, CaseIterable {
    /// A neutral highlight: the answer, the key fact.
    case info
    /// A suggestion or next step.
    case tip
    /// A caution.
    case warning
}

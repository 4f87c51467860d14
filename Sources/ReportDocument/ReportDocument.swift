/// One report, ready to render: what it says (blocks), how it is described (metadata),
/// what every page repeats (header and footer), and how it looks (theme).
///
/// Templates bind report data into this tree; the PDF and HTML renderers are its readers.
/// It knows blocks and inlines, never careers or students.
public struct ReportDocument: Sendable, Equatable {
    /// Title, language, page size and the other facts about the document as a whole.
    public var metadata: DocumentMetadata
    /// Repeated at the top of every printed page; `nil` for none.
    public var header: PageDecoration?
    /// Repeated at the bottom of every printed page; `nil` for none.
    public var footer: PageDecoration?
    /// The content, in reading order.
    public var blocks: [Block]
    /// Colours, fonts, sizes and spacing shared by every renderer.
    public var theme: Theme

    /// Creates a document; the theme defaults to ``Theme/standard``.
    public init(
        metadata: DocumentMetadata, header: PageDecoration? = nil, footer: PageDecoration? = nil,
        blocks: [Block], theme: Theme = .standard
    ) {
        self.metadata = metadata
        self.header = header
        self.footer = footer
        self.blocks = blocks
        self.theme = theme
    }
}

/// Facts about the document as a whole.
public struct DocumentMetadata: Sendable, Equatable {
    /// The title: PDF info and HTML `<title>`.
    public var title: String
    /// What the document is about: PDF info subject and the default email subject.
    public var subject: String
    /// Who wrote it (a school or counselor); empty for none.
    public var author: String
    /// BCP 47 language tag, for example `en` or `es`.
    public var language: String
    /// Paper size of the PDF.
    public var pageSize: PageSize
    /// The hidden first line an email client shows beside the subject; empty for none.
    public var preheader: String

    /// Creates metadata; every field but the title has a default.
    public init(
        title: String, subject: String = "", author: String = "", language: String = "en",
        pageSize: PageSize = .a4, preheader: String = ""
    ) {
        self.title = title
        self.subject = subject
        self.author = author
        self.language = language
        self.pageSize = pageSize
        self.preheader = preheader
    }
}

/// Paper sizes a report can be printed on.
public enum PageSize: String, Sendable, Equatable, CaseIterable {
    /// 210 x 297 mm.
    case a4
    /// 8.5 x 11 in.
    case letter

    /// Width and height in PDF points (1/72 in).
    public var points: (width: Double, height: Double) {
        switch self {
        case .a4: (595.276, 841.89)
        case .letter: (612, 792)
        }
    }
}

/// A line repeated on every printed page, split into left, centre and right parts.
/// Parts may contain ``Inline/pageNumber`` and ``Inline/pageCount``.
public struct PageDecoration: Sendable, Equatable {
    /// Aligned to the left margin.
    public var left: [Inline]
    /// Centred on the page.
    public var center: [Inline]
    /// Aligned to the right margin.
    public var right: [Inline]

    /// Creates a decoration; empty parts are left out.
    public init(left: [Inline] = [], center: [Inline] = [], right: [Inline] = []) {
        self.left = left
        self.center = center
        self.right = right
    }
}

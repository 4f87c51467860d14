import Diagnostics
import Foundation
import HTMLRenderer
import PDFRenderer
import ReportDocument
import ReportTemplates
import TextRenderer

/// What every document of a run is rendered with, made once from the setup: the checked theme,
/// the compiled template schema, and the renderers with the caches they keep between documents.
///
/// Student reports, the class summary and the questionnaire all go through ``render(_:formats:options:at:student:)``.
/// The caches (font files, compressed pictures, libharu documents, email styles) live as long as
/// the session: a server that makes a session per setup drops them with it.
public struct RenderSession: Sendable {
    /// The look shared by every document, checked when the setup was loaded.
    public let theme: Theme
    /// The template language's schema, compiled once for every template of the run.
    public let schema: TemplateSchema
    /// The theme's parsed colours, the one palette both renderers draw with.
    public let palette: ThemePalette
    /// What the PDF renderer keeps between documents: font files, compressed pictures, libharu
    /// documents, and the palette.
    let pdfCaches: PDFCaches
    /// What the HTML renderer keeps between documents: the theme's email styles, made from the palette.
    let htmlStyles: HTMLStyleCache

    /// Creates a session for `theme`, with templates checked against `schema`; its caches start empty.
    public init(theme: Theme, schema: TemplateSchema) {
        self.theme = theme
        self.schema = schema
        palette = ThemePalette(theme.colors)
        pdfCaches = PDFCaches(palette: palette, of: theme.colors)
        htmlStyles = HTMLStyleCache(palette: palette, of: theme)
    }

    /// A way a document can be rendered.
    public enum Format: Sendable, Hashable {
        /// A tagged PDF.
        case pdf
        /// Email-safe HTML whose pictures are files beside it.
        case html
        /// Plain text.
        case text
        /// The HTML of an email, whose pictures travel in the message (linked by Content-ID).
        case emailHTML
    }

    /// A document rendered in some formats, in memory, with what the renderers noticed.
    public struct Rendered: Sendable {
        /// The PDF, when asked for.
        public var pdf: [UInt8]?
        /// The HTML, when asked for.
        public var html: [UInt8]?
        /// The plain text, when asked for.
        public var text: String?
        /// The email's HTML, when asked for.
        public var emailHTML: String?
        /// Warnings about the document (a character the fonts can't show, a link that goes nowhere).
        public var warnings: [Diagnostic] = []
    }

    /// Renders `document` in `formats`; each is rendered once, whatever else asks for it.
    /// `location` and `student` say what the document is, for diagnostics.
    /// - Throws: a ``PipelineError/Category/report`` error when the PDF can't be made.
    public func render(
        _ document: ReportDocument, formats: Set<Format>, options: PDFOptions, at location: Location,
        student: String? = nil
    ) throws(PipelineError) -> Rendered {
        var rendered = Rendered()
        if formats.contains(.pdf) {
            do {
                let pdf = try PDFRenderer(options: options, caches: pdfCaches).render(document)
                rendered.pdf = pdf.bytes
                rendered.warnings = pdf.warnings.map { .warning(.pdfFlaw($0), at: location, student: student) }
            } catch {
                throw PipelineError(.report, [.error(.pdfNotMade(reason: "\(error)"), at: location, student: student)])
            }
        }
        if formats.contains(.html) || formats.contains(.emailHTML) && document.images.isEmpty {
            rendered.html = HTMLRenderer(styles: htmlStyles).utf8(document)
        }
        if formats.contains(.emailHTML) {
            // An email's HTML differs only when it shows pictures, which it links by Content-ID.
            rendered.emailHTML =
                document.images.isEmpty
                ? String(decoding: rendered.html ?? [], as: UTF8.self)
                : HTMLRenderer(imageLinks: .contentIDs, styles: htmlStyles).render(document)
            if !formats.contains(.html) { rendered.html = nil }
        }
        if formats.contains(.text) { rendered.text = PlainTextRenderer().render(document) }

        return rendered
    }
}

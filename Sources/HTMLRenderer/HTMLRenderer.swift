import ReportDocument

/// Renders a ``ReportDocument`` as a complete email-safe HTML document.
///
/// The result follows the email conventions in REFERENCE section 4: one centred column of
/// nested presentation tables, `max-width` from ``ThemeSpacing/emailWidth`` plus a fixed-width
/// table for Outlook, every style inline and written from the ``Theme``, and one small `<style>`
/// for phones and dark mode. All document text is escaped; links other than `http`, `https`,
/// `mailto` and `#fragment` are written as plain text. Pictures are `<img>` elements with alt
/// text, width and height, linked as ``imageLinks`` says. A level 1 heading that opens the
/// document is set in an accent-coloured title band. The page header and footer, page
/// counters and page breaks are print-only and left out. The same document always gives the
/// same string.
public struct HTMLRenderer: Sendable {
    /// How `<img src>` points at the document's pictures.
    public var imageLinks: HTMLImageLinks
    /// The theme's styles, kept from one document to the next; share one between renderers of a run.
    public let styles: HTMLStyleCache

    /// Creates a renderer; by default pictures are linked by file name, for an HTML file with
    /// the picture files beside it, and the renderer keeps its own styles.
    public init(imageLinks: HTMLImageLinks = .fileNames, styles: HTMLStyleCache = HTMLStyleCache()) {
        self.imageLinks = imageLinks
        self.styles = styles
    }

    /// Returns `document` as HTML text, starting with `<!DOCTYPE html>`; encode it as UTF-8.
    public func render(_ document: ReportDocument) -> String {
        String(decoding: utf8(document), as: UTF8.self)
    }

    /// Returns `document` as the UTF-8 bytes of ``render(_:)``'s text, ready to write to a file.
    public func utf8(_ document: ReportDocument) -> [UInt8] {
        var writer = HTMLWriter(styles: styles.styles(for: document.theme))
        writer.imageLinks = imageLinks
        writer.document(document)
        return writer.output
    }
}

extension HTMLWriter {
    /// Writes the whole document: head, hidden preheader, then, in a `<div>` that repeats the
    /// language and direction for webmail (which drops `<html>`), the title band and content column.
    mutating func document(_ document: ReportDocument) {
        let metadata = document.metadata
        // The head: fixed markup around the language and the title; the rest of the head and
        // the page around the content column come made with the theme's styles.
        let language = Self.languageTag(metadata.language)
        direction = TextDirection(language: language)
        write("<!DOCTYPE html>\n<html lang=\"")
        write(markup: language)
        write("\" dir=\"")
        write(direction.attribute)
        write(
            """
            ">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="x-apple-disable-message-reformatting" content="">
            <meta name="color-scheme" content="light dark">
            <meta name="supported-color-schemes" content="light dark">
            <title>
            """)
        write(attribute: metadata.title)
        write("</title>\n")
        write(markup: styles.frame.headEnd)
        preheader(metadata.preheader)
        // Language and direction again around the page: webmail drops the <html> element.
        write("<div lang=\"")
        write(markup: language)
        write("\" dir=\"")
        write(direction.attribute)
        write("\">\n")
        write(markup: styles.frame.opening)
        let (title, body) = Self.splitTitle(document.blocks)
        if let title { titleBand(title) }
        write(markup: #"<tr><td class="\#(EmailClass.padded)" style="padding:24px \#(styles.sidePadding)px;">"#)
        write("\n")
        blocks(body, endGap: 0)
        // Header and footer are left out: they repeat per printed page and carry page counters.
        write(
            markup: """
                </td></tr>
                </table>
                </div>
                <!--[if mso]></td></tr></table><![endif]-->
                </td></tr>
                </table>
                </div>
                </body>
                </html>

                """)
    }

    /// The preview line some clients show beside the subject, hidden in the message itself.
    /// Filler after it keeps clients from pulling body text into the preview.
    private mutating func preheader(_ text: String) {
        guard !text.isEmpty else { return }
        let filler = String(repeating: "&#847;&zwnj;&nbsp;", count: 30)
        write(
            markup: """
                <div style="display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;\
                opacity:0;overflow:hidden;mso-hide:all;">\(HTMLEscaping.content(text))\(filler)</div>

                """)
    }

    /// The opening level 1 heading, white on the accent colour across the top of the column.
    private mutating func titleBand(_ heading: Heading) {
        let accent = styles.palette.accent
        write(markup: #"<tr><td bgcolor="\#(accent)" class="\#(EmailClass.padded)" "#)
        write(markup: #"style="padding:24px \#(styles.sidePadding)px;background-color:\#(accent);"><h1"#)
        idAttribute(heading.id)
        write(markup: " style=\"\(styles.titleBandHeading)\">")
        inlines(heading.content)
        write("</h1></td></tr>\n")
    }

    /// Splits off a level 1 heading that opens the document (directly or as the first block
    /// of the first section) for the title band; the rest keeps its order and sections.
    static func splitTitle(_ blocks: [Block]) -> (title: Heading?, rest: [Block]) {
        switch blocks.first {
        case .heading(let heading) where heading.level == 1:
            return (heading, Array(blocks.dropFirst()))
        case .section(var section):
            guard case .heading(let heading) = section.blocks.first, heading.level == 1 else {
                return (nil, blocks)
            }
            section.blocks.removeFirst()
            return (heading, [.section(section)] + blocks.dropFirst())
        default:
            return (nil, blocks)
        }
    }

    /// Writes ` id="…"` for a non-empty id, escaped; nothing otherwise.
    mutating func idAttribute(_ id: String) {
        guard !id.isEmpty else { return }
        write(" id=\"")
        write(attribute: id)
        write("\"")
    }

    /// A BCP 47 tag made only of letters, digits and hyphens; anything else becomes `und`.
    static func languageTag(_ language: String) -> String {
        let allowed = { (scalar: Unicode.Scalar) in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "-"
        }
        return !language.isEmpty && language.unicodeScalars.allSatisfy(allowed) ? language : "und"
    }
}

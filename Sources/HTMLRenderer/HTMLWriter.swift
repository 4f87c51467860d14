/// Accumulates the HTML of one document as UTF-8 bytes; the block, inline, table and chart
/// writers extend it.
///
/// Markup goes straight into one buffer: fixed markup as static strings, numbers as digits,
/// document text escaped on the way in. No intermediate strings are made per element.
struct HTMLWriter {
    /// The theme as email styles.
    let styles: EmailStyles
    /// The UTF-8 of the HTML written so far.
    private(set) var output: [UInt8] = []
    /// How `<img src>` points at pictures.
    var imageLinks = HTMLImageLinks.fileNames
    /// Which way the document's lines run; set from its language when the document starts.
    var direction = TextDirection.leftToRight

    init(styles: EmailStyles) {
        self.styles = styles
        output.reserveCapacity(32_768)
    }

    /// Appends fixed markup exactly as given.
    mutating func write(_ markup: StaticString) {
        markup.withUTF8Buffer { output.append(contentsOf: $0) }
    }

    /// Appends markup the renderer made (styles, colours, class names, tags) exactly as given;
    /// text that came from the document goes through ``write(text:)`` or ``write(attribute:)``.
    mutating func write(markup: String) {
        var markup = markup
        markup.withUTF8 { output.append(contentsOf: $0) }
    }

    /// Appends `number` in decimal.
    mutating func write(_ number: Int) {
        if number < 0 { output.append(UInt8(ascii: "-")) }
        let magnitude = number.magnitude
        var place: UInt = 1
        while place <= magnitude / 10 { place *= 10 }
        repeat {
            output.append(UInt8(ascii: "0") + UInt8(magnitude / place % 10))
            place /= 10
        } while place > 0
    }

    /// Appends document text escaped for element content (see ``HTMLEscaping/content(_:)``).
    mutating func write(text: String) {
        HTMLEscaping.appendContent(text, to: &output)
    }

    /// Appends document text escaped for an attribute value (see ``HTMLEscaping/attribute(_:)``).
    mutating func write(attribute: String) {
        HTMLEscaping.appendAttribute(attribute, to: &output)
    }

    /// The attributes every layout table carries, so mail clients add no spacing of their own.
    static let layoutTable: StaticString = #"role="presentation" border="0" cellpadding="0" cellspacing="0""#
}

/// Accumulates the HTML of one document; the block, inline, table and chart writers extend it.
struct HTMLWriter {
    /// The theme as email styles.
    let styles: EmailStyles
    /// The HTML written so far.
    private(set) var output = ""
    /// How `<img src>` points at pictures.
    var imageLinks = HTMLImageLinks.fileNames

    init(styles: EmailStyles) {
        self.styles = styles
        output.reserveCapacity(32_768)
    }

    /// Appends markup exactly as given; callers escape anything that came from the document.
    mutating func write(_ markup: String) {
        output += markup
    }

    /// The attributes every layout table carries, so mail clients add no spacing of their own.
    static let layoutTable = #"role="presentation" border="0" cellpadding="0" cellspacing="0""#
}

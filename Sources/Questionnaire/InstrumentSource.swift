/// Where an instrument's items come from, and how they must be credited.
public struct InstrumentSource: Sendable, Equatable {
    /// The instrument's name, for example "O*NET Interest Profiler Short Form".
    public var name: String
    /// Which version of it, with its development report.
    public var version: String
    /// Who publishes it.
    public var publisher: String
    /// Its home page.
    public var url: String
    /// The licence's short name, "CC BY-ND 4.0".
    public var licence: String
    /// The licence's text on the web.
    public var licenceURL: String
    /// The attribution, word for word: shown on every questionnaire and report that uses the items.
    public var attribution: String
    /// The attribution in one short line, for page footers and list rows: title, author, licence.
    public var credit: String

    /// Creates a source.
    public init(
        name: String, version: String, publisher: String, url: String, licence: String, licenceURL: String,
        attribution: String, credit: String
    ) {
        self.name = name
        self.version = version
        self.publisher = publisher
        self.url = url
        self.licence = licence
        self.licenceURL = licenceURL
        self.attribution = attribution
        self.credit = credit
    }
}

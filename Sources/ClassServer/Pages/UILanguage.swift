/// The languages of the server's own pages. The O*NET items are English in both (their
/// official Spanish text could not be verified; docs/questionnaire.md).
enum UILanguage: String, Sendable, CaseIterable {
    case en, es

    /// The language asked for by `code` (`es`, `es-MX` ...), else English.
    init(code: String?) {
        self = code.map { $0.lowercased().hasPrefix("es") } == true ? .es : .en
    }

    /// The language's own name, for the switch between them.
    var name: String { self == .es ? "Español" : "English" }
}

import CareerModel

/// The languages of the server's own pages. The O*NET items are English in both (their
/// official Spanish text could not be verified; docs/questionnaire.md).
enum UILanguage: String, Sendable, CaseIterable {
    case en, es

    /// The language asked for by `code` (`es`, `es-MX` ...), read by the one language rule; else English.
    init(code: String?) {
        self = code.flatMap(LanguageTag.init)?.language == "es" ? .es : .en
    }

    /// The language as a tag, for the templates of its language.
    var tag: LanguageTag { LanguageTag(rawValue)! }

    /// The language's own name, for the switch between them.
    var name: String { self == .es ? "Español" : "English" }
}

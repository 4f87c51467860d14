/// A piece of CareerReport's own questionnaire wording, in English and Spanish.
public struct LocalizedText: Sendable, Equatable, Decodable {
    /// The English text.
    public var en: String
    /// The Spanish text.
    public var es: String

    /// Creates the text in both languages.
    public init(en: String, es: String) {
        self.en = en
        self.es = es
    }

    /// The text in `language` (`es`, `es-MX` give Spanish; anything else English).
    public func text(in language: String) -> String {
        language.lowercased().split(separator: "-").first == "es" ? es : en
    }
}

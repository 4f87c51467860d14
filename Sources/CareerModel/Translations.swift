/// A catalog entry's words in languages other than the catalog's own English, by language code.
///
/// In the catalog file it is an object keyed by language code, each value holding the entry's
/// translated fields: `"translations": {"es": {"title": "Editor"}}`. Every field is optional;
/// one left out keeps the English text (see ``Catalog/localized(to:)``).
public struct Translations<Words: Sendable & Equatable & Codable>: Sendable, Equatable, Codable {
    /// The words by language code, as the catalog file gives them (`es`, `es-MX`).
    public var byLanguage: [String: Words]

    /// Creates translations from words by language code.
    public init(_ byLanguage: [String: Words]) {
        self.byLanguage = byLanguage
    }

    /// The words for `language`: those of the same tag (`es-MX`), else those of its language
    /// (`es`), tags compared as ``LanguageTag`` reads them (a catalog file can't hold two keys that
    /// are one tag); `nil` when there are none.
    public func words(for language: String) -> Words? {
        if let exact = byLanguage[language] { return exact }
        guard let wanted = LanguageTag(language) else { return nil }
        return byLanguage.first { LanguageTag($0.key) == wanted }?.value
            ?? byLanguage.first { LanguageTag($0.key)?.code == wanted.language }?.value
    }

    public init(from decoder: any Decoder) throws {
        byLanguage = try decoder.singleValueContainer().decode([String: Words].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(byLanguage)
    }
}

/// A career's title, description and entry-level jobs in one language.
public struct CareerTranslation: Sendable, Equatable, Codable {
    /// The title, for example "Especialista en relaciones públicas".
    public var title: String?
    /// What the work is, two or three sentences.
    public var description: String?
    /// The entry-level jobs, all of them (the list replaces the English one as a whole).
    public var entryRoles: [String]?

    /// Creates a career translation; a field left `nil` keeps the English text.
    public init(title: String? = nil, description: String? = nil, entryRoles: [String]? = nil) {
        self.title = title
        self.description = description
        self.entryRoles = entryRoles
    }
}

/// A skill's name and description in one language.
public struct SkillTranslation: Sendable, Equatable, Codable {
    /// The name, for example "Análisis de datos".
    public var name: String?
    /// One sentence on what the skill is.
    public var description: String?

    /// Creates a skill translation; a field left `nil` keeps the English text.
    public init(name: String? = nil, description: String? = nil) {
        self.name = name
        self.description = description
    }
}

/// A course's name and provider in one language, for the parts that are not proper names.
public struct TrainingTranslation: Sendable, Equatable, Codable {
    /// The name, for example "Cursos de SEO de Semrush Academy"; leave a certification's own
    /// name ("Google Analytics Certification") out, so it stays as its provider spells it.
    public var name: String?
    /// Who offers it, for example "Google en Coursera".
    public var provider: String?

    /// Creates a training translation; a field left `nil` keeps the English text.
    public init(name: String? = nil, provider: String? = nil) {
        self.name = name
        self.provider = provider
    }
}

/// The catalog's own words in one language.
public struct CatalogTranslation: Sendable, Equatable, Codable {
    /// The O*NET attribution every report shows.
    public var attribution: String?

    /// Creates a catalog translation; a field left `nil` keeps the English text.
    public init(attribution: String? = nil) {
        self.attribution = attribution
    }
}

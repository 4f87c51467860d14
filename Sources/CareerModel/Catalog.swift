import Foundation

/// The careers a student is assessed against, and the skill vocabulary they share.
///
/// The catalog's text is English; an entry's `translations` give it in other languages, and
/// ``localized(to:)`` picks them for a report.
public struct Catalog: Sendable, Equatable, Codable {
    /// Where the figures come from, shown in every report (the O*NET attribution).
    public var attribution: String
    /// The attribution in other languages; `nil` when the catalog has none.
    public var translations: Translations<CatalogTranslation>?
    /// The skill vocabulary: every key a profile or a requirement may use.
    public var skills: [Skill]
    /// The careers.
    public var careers: [Career]

    /// Creates a catalog.
    public init(
        attribution: String, skills: [Skill], careers: [Career],
        translations: Translations<CatalogTranslation>? = nil
    ) {
        self.attribution = attribution
        self.translations = translations
        self.skills = skills
        self.careers = careers
    }

    /// The skill with `key`, if the vocabulary has it.
    public func skill(_ key: String) -> Skill? { skills.first { $0.key == key } }

    /// The catalog built into the tool: digital-marketing, IT and hybrid roles on O*NET figures.
    public static func starter() throws -> Catalog {
        try JSONDecoder().decode(Catalog.self, from: Data(PackageResources.starter_catalog_json))
    }
}

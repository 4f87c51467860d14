import CareerModel

/// The catalog's words for one report: career text, skill names and courses in the report's
/// language where the catalog has them, in English elsewhere.
struct CatalogWords {
    /// The report's language, such as `es`.
    let language: String
    /// Each skill's name in the report's language, by key.
    private let skillNames: [String: String]

    /// The words of `catalog` in `language`.
    init(catalog: Catalog, language: String) {
        self.language = language
        skillNames = Dictionary(
            catalog.skills.map { ($0.key, $0.localized(to: language).name) }, uniquingKeysWith: { first, _ in first })
    }

    /// `career` with its title, description, entry roles and courses in the report's language.
    func career(_ career: Career) -> Career { career.localized(to: language) }

    /// The name of the skill with `key`; the key itself when the vocabulary lacks it.
    func skillName(_ key: String) -> String { skillNames[key] ?? key }

    /// `course` with its name and provider in the report's language.
    func training(_ course: Training) -> Training { course.localized(to: language) }
}

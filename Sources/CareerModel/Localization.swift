/// Picking the words of one language out of a catalog.
///
/// Translation is field by field: a field the catalog has in the language replaces the English
/// one, and a field it lacks keeps the English text. Figures, keys and ids never change.
extension Catalog {
    /// The language of the catalog's own text; `translations` hold every other one.
    public static let language = "en"

    /// The catalog with the attribution, every career and every skill in `language` where it has
    /// them (see ``Career/localized(to:)``), English elsewhere.
    public func localized(to language: String) -> Catalog {
        var catalog = self
        catalog.attribution = localizedAttribution(to: language)
        catalog.skills = skills.map { $0.localized(to: language) }
        catalog.careers = careers.map { $0.localized(to: language) }
        return catalog
    }

    /// The attribution in `language`, or in English when the catalog has no translation of it.
    public func localizedAttribution(to language: String) -> String {
        translations?.words(for: language)?.attribution ?? attribution
    }

    /// The entries that would show English text in a report in `language`; empty for English.
    ///
    /// A career counts when it lacks a translated title or description, or entry roles while it
    /// has English ones; a skill when it lacks a translated name or description. Course names
    /// don't count: most are proper names that stay as they are.
    public func translationGaps(for language: String) -> TranslationGaps {
        guard !Self.isCatalogLanguage(language) else { return TranslationGaps() }
        return TranslationGaps(
            careers: careers.filter { career in
                let words = career.translations?.words(for: language)
                return words?.title == nil || words?.description == nil
                    || (words?.entryRoles == nil && !career.entryRoles.isEmpty)
            }.map(\.id),
            skills: skills.filter { skill in
                let words = skill.translations?.words(for: language)
                return words?.name == nil || words?.description == nil
            }.map(\.key),
            attribution: translations?.words(for: language)?.attribution == nil)
    }

    /// Whether `language` (`en`, `en-US`) is the language of the catalog's own text.
    public static func isCatalogLanguage(_ language: String) -> Bool {
        LanguageTag(language)?.language == Self.language
    }
}

/// What a catalog lacks in one language: the entries whose English text a report would show.
public struct TranslationGaps: Sendable, Equatable {
    /// Ids of the careers missing a translated title, description or entry roles.
    public var careers: [String] = []
    /// Keys of the skills missing a translated name or description.
    public var skills: [String] = []
    /// True when the attribution has no translation.
    public var attribution = false

    /// True when nothing is missing.
    public var isEmpty: Bool { careers.isEmpty && skills.isEmpty && !attribution }
}

extension Career {
    /// The career with its title, description, entry roles and courses in `language` where the
    /// catalog has them, English elsewhere; the same career when it has no translation at all.
    public func localized(to language: String) -> Career {
        var career = self
        if let words = translations?.words(for: language) {
            if let title = words.title { career.title = title }
            if let description = words.description { career.description = description }
            if let entryRoles = words.entryRoles { career.entryRoles = entryRoles }
        }
        if training.contains(where: { $0.translations != nil }) {
            let courses = training.map { $0.localized(to: language) }
            if courses != training { career.training = courses }
        }
        return career
    }
}

extension Skill {
    /// The skill with its name and description in `language` where the catalog has them.
    public func localized(to language: String) -> Skill {
        guard let words = translations?.words(for: language) else { return self }
        var skill = self
        if let name = words.name { skill.name = name }
        if let description = words.description { skill.description = description }
        return skill
    }
}

extension Training {
    /// The course with its name and provider in `language` where the catalog has them.
    public func localized(to language: String) -> Training {
        guard let words = translations?.words(for: language) else { return self }
        var course = self
        if let name = words.name { course.name = name }
        if let provider = words.provider { course.provider = provider }
        return course
    }
}

import Testing

@testable import CareerModel

@Suite("Catalog translations: the catalog's words in another language")
struct TranslationTests {
    let catalog: Catalog

    init() throws { catalog = try Catalog.starter() }

    @Test("the starter catalog has Spanish text for every career, every skill and the attribution")
    func starterIsFullyInSpanish() throws {
        #expect(catalog.translationGaps(for: "es") == TranslationGaps())
        #expect(catalog.careers.count == 42 && catalog.skills.count == 26)
        for career in catalog.careers {
            let spanish = try #require(career.translations?.words(for: "es"), "\(career.id)")
            #expect(spanish.entryRoles?.count == career.entryRoles.count, "\(career.id): one Spanish role per role")
        }
        let spanish = catalog.localized(to: "es")
        #expect(spanish.attribution.contains("O*NET 29.2") && spanish.attribution.contains("CC BY 4.0"))
        #expect(spanish.attribution.hasPrefix("Este informe incluye información"))
    }

    @Test("Spanish replaces titles, descriptions, roles and skill names, and nothing else")
    func localizedCareer() throws {
        let english = try #require(catalog.careers.first { $0.code == "27-3031.00" })
        let spanish = english.localized(to: "es")
        #expect(spanish.title == "Especialista en relaciones públicas")
        #expect(spanish.description.hasPrefix("Influye en cómo ve el público"))
        #expect(spanish.entryRoles.first == "Asistente de comunicación")
        #expect(spanish.id == english.id && spanish.code == english.code && spanish.skills == english.skills)
        #expect(spanish.interests == english.interests && spanish.jobZone == english.jobZone)
        #expect(catalog.skill("writing")?.localized(to: "es").name == "Redacción")
    }

    @Test("a certification keeps its own name; only descriptive course wording and providers change")
    func courseNames() throws {
        let courses = catalog.localized(to: "es").careers.flatMap(\.training)
        #expect(courses.contains { $0.name == "Google Analytics Certification" })
        #expect(!courses.contains { $0.name == "Semrush Academy SEO courses" })
        #expect(courses.contains { $0.name == "Cursos de SEO" && $0.provider == "Semrush Academy" })
        #expect(!courses.contains { $0.provider.contains(" via ") || $0.provider.hasSuffix(" on Coursera") })
    }

    @Test("a regional code falls back to its language, and a missing field keeps the English")
    func fallback() {
        let course = Training(
            name: "Google Analytics Certification", provider: "Google via Coursera", free: true, skills: [],
            translations: Translations(["es": TrainingTranslation(provider: "Google en Coursera")]))
        let career = Career(
            code: nil, id: "x", title: "Web Analyst", family: .hybrid, description: "Measures websites.",
            interests: InterestScores([.investigative: 5]), jobZone: 4, skills: [], training: [course],
            entryRoles: ["Junior Web Analyst"], classification: Classification(onet: "-", esco: "-"),
            translations: Translations(["es": CareerTranslation(title: "Analista web")]))
        let mexican = career.localized(to: "es-MX")
        #expect(mexican.title == "Analista web")
        #expect(mexican.description == "Measures websites.")
        #expect(mexican.entryRoles == ["Junior Web Analyst"])
        #expect(mexican.training.first?.name == "Google Analytics Certification")
        #expect(mexican.training.first?.provider == "Google en Coursera")
        #expect(career.localized(to: "fr") == career)
        #expect(career.localized(to: "en") == career)
        let gaps = Catalog(attribution: "A", skills: [], careers: [career]).translationGaps(for: "es")
        #expect(gaps.careers == ["x"] && gaps.attribution)
        #expect(Catalog(attribution: "A", skills: [], careers: [career]).translationGaps(for: "en-US").isEmpty)
    }

    @Test("an exact regional translation wins over the language's")
    func regional() {
        let translations = Translations([
            "es": SkillTranslation(name: "Hojas de cálculo"),
            "es-ES": SkillTranslation(name: "Hojas de cálculo (España)"),
        ])
        #expect(translations.words(for: "es-es")?.name == "Hojas de cálculo (España)")
        #expect(translations.words(for: "es-US")?.name == "Hojas de cálculo")
        #expect(translations.words(for: "pt") == nil)
    }
}

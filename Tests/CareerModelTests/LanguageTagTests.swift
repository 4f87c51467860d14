import Testing

@testable import CareerModel

@Suite("Language tags")
struct LanguageTagTests {
    @Test("a tag is read whatever its case and written the standard way")
    func normalised() {
        #expect(LanguageTag("ES")?.code == "es")
        #expect(LanguageTag("es-mx")?.code == "es-MX")
        #expect(LanguageTag("ZH-hant-tw")?.code == "zh-Hant-TW")
        #expect(LanguageTag("es-419")?.code == "es-419")
        #expect(LanguageTag("ES-MX") == LanguageTag("es-mx"))
        #expect(LanguageTag("es-MX")?.language == "es")
    }

    @Test("what is not a tag is refused")
    func refused() {
        for text in [
            "", "e", "e s", "e_s", "../x", "english", "es-", "-es", "es--mx", "es-m", "és", "es-mé", "es-toolongsubtag",
        ] {
            #expect(LanguageTag(text) == nil, "\(text)")
        }
    }

    @Test("translations and the catalog's own language follow the same rule")
    func translations() {
        let words = Translations(["es": SkillTranslation(name: "Escritura")])
        #expect(words.words(for: "ES-mx")?.name == "Escritura")
        #expect(words.words(for: "fr") == nil)
        #expect(Catalog.isCatalogLanguage("EN-gb"))
        #expect(!Catalog.isCatalogLanguage("es"))
    }
}

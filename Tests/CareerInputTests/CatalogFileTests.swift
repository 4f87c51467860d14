import CareerModel
import Foundation
import Testing

@testable import CareerInput

@Suite("Reading a catalog file")
struct CatalogFileTests {
    func write(_ text: String) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID()).json")
        try Data(text.utf8).write(to: file)
        return file.path
    }

    @Test("the built-in catalog, written to a file, reads back the same")
    func roundTrip() throws {
        let starter = try Catalog.starter()
        let path = try write(String(decoding: try JSONEncoder().encode(starter), as: UTF8.self))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try CatalogFile.read(path) == starter)
    }

    @Test(
        "problems name the field",
        arguments: [
            (#"{"attribution": "x", "skills": [], "careers": [{"id": "a"}]}"#, "careers[0].title"),
            (#"{"attribution": "x", "skills": "none", "careers": []}"#, "skills"),
            ("not json", ""),
        ])
    func decodingErrors(text: String, field: String) throws {
        let path = try write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect { try CatalogFile.read(path) } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.field == field && error.file == path
        }
    }

    @Test("a requirement on a skill outside the vocabulary is refused")
    func unknownSkill() throws {
        var catalog = try Catalog.starter()
        catalog.careers[0].skills[0].skill = "juggling"
        #expect { try CatalogFile.check(catalog, file: "c.json") } throws: { error in
            (error as? InputError)?.message.contains("'juggling' is not in the catalog's skill vocabulary") == true
        }
    }

    @Test("interests outside 1-7 and Job Zones outside 1-5 are refused")
    func scales() throws {
        var catalog = try Catalog.starter()
        catalog.careers[1].jobZone = 9
        #expect(throws: InputError.self) { try CatalogFile.check(catalog, file: "c.json") }
        catalog = try Catalog.starter()
        catalog.careers[2].interests[.artistic] = 0
        #expect { try CatalogFile.check(catalog, file: "c.json") } throws: { error in
            (error as? InputError)?.field == "careers[2].interests.A"
        }
    }

    @Test("a translation keyed by something other than a language code, or twice by one, is refused")
    func badLanguage() throws {
        var catalog = try Catalog.starter()
        catalog.skills[3].translations = Translations(["spanish": SkillTranslation(name: "HTML y CSS")])
        #expect { try CatalogFile.check(catalog, file: "c.json") } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.field == "skills[3].translations"
                && error.message.contains("'spanish' is not a language code")
        }
        catalog.skills[3].translations = Translations([
            "es": SkillTranslation(name: "HTML y CSS"), "ES": SkillTranslation(name: "HTML y CSS"),
        ])
        #expect { try CatalogFile.check(catalog, file: "c.json") } throws: { error in
            (error as? InputError)?.message == "'ES' and 'es' are the same language; keep one of them"
        }
    }

    @Test("an empty translation is refused, naming the field; a field left out is fine")
    func emptyTranslation() throws {
        var catalog = try Catalog.starter()
        catalog.careers[4].translations = Translations(["es": CareerTranslation(title: "Analista")])
        try CatalogFile.check(catalog, file: "c.json")
        catalog.careers[4].translations = Translations(["es": CareerTranslation(entryRoles: ["Asistente", " "])])
        #expect { try CatalogFile.check(catalog, file: "c.json") } throws: { error in
            (error as? InputError)?.field == "careers[4].translations.es.entryRoles[1]"
        }
        catalog = try Catalog.starter()
        catalog.careers[0].training[0].translations = Translations(["es": TrainingTranslation(name: "")])
        #expect { try CatalogFile.check(catalog, file: "c.json") } throws: { error in
            (error as? InputError)?.field == "careers[0].training[0].translations.es.name"
        }
    }
}

import CareerModel
import Foundation

/// Reads a catalog from a JSON file (the format `catalog import-onet` writes and the built-in
/// catalog uses) and checks that it is usable before any student is assessed against it.
public enum CatalogFile {
    /// A catalog of a few thousand occupations is a few megabytes.
    static let sizeCap = 64 << 20

    /// The catalog every command works with: the one in the file at `path`, or the built-in one
    /// when `path` is nil; throws naming the file and the field that is wrong.
    public static func load(_ path: String?) throws(InputError) -> Catalog {
        if let path { return try read(path) }
        do {
            return try Catalog.starter()
        } catch {
            throw InputError(
                file: "the built-in catalog", message: "it can't be read (\(error)); this is a bug, please report it")
        }
    }

    /// The catalog in the file at `path`; throws naming the file and the field that is wrong.
    public static func read(_ path: String) throws(InputError) -> Catalog {
        let text = try InputFile.text(at: path, sizeCap: sizeCap, what: "catalog")
        let catalog: Catalog
        do {
            catalog = try JSONDecoder().decode(Catalog.self, from: Data(text.utf8))
        } catch let error as DecodingError {
            throw InputError(file: path, field: error.fieldPath, message: error.plainMessage)
        } catch {
            throw InputError(file: path, message: "the catalog can't be read (\(error))")
        }
        try check(catalog, file: path)
        return catalog
    }

    /// Checks what JSON decoding cannot: unique ids, known skill keys, values on O*NET's scales,
    /// translations keyed by language codes and holding no empty text.
    public static func check(_ catalog: Catalog, file: String) throws(InputError) {
        let keys = Set(catalog.skills.map(\.key))
        guard !catalog.careers.isEmpty else {
            throw InputError(file: file, field: "careers", message: "the catalog has no careers")
        }
        try checkTranslations(catalog.translations, field: "translations", file: file) {
            [("attribution", $0.attribution)]
        }
        for (index, skill) in catalog.skills.enumerated() {
            try checkTranslations(skill.translations, field: "skills[\(index)].translations", file: file) {
                [("name", $0.name), ("description", $0.description)]
            }
        }
        var ids: Set<String> = []
        for (index, career) in catalog.careers.enumerated() {
            let field = "careers[\(index)]"
            guard ids.insert(career.id).inserted else {
                throw InputError(
                    file: file, field: "\(field).id",
                    message: "'\(career.id)' is used by two careers; ids must be unique")
            }
            guard (1...5).contains(career.jobZone) else {
                throw InputError(
                    file: file, field: "\(field).jobZone", message: "\(career.jobZone) is not a Job Zone; use 1 to 5")
            }
            if let area = RIASEC.allCases.first(where: {
                !(1...7).contains(career.interests[$0]) || !career.interests[$0].isFinite
            }) {
                throw InputError(
                    file: file, field: "\(field).interests.\(area.rawValue)",
                    message: "\(career.interests[area]) is outside O*NET's 1-7 interest scale")
            }
            try checkTranslations(career.translations, field: "\(field).translations", file: file) { words in
                [("title", words.title), ("description", words.description)]
                    + (words.entryRoles.map { roles in
                        roles.isEmpty
                            ? [("entryRoles", "")] : roles.enumerated().map { ("entryRoles[\($0)]", $1) }
                    } ?? [])
            }
            for (number, course) in career.training.enumerated() {
                try checkTranslations(
                    course.translations, field: "\(field).training[\(number)].translations", file: file
                ) { [("name", $0.name), ("provider", $0.provider)] }
            }
            for requirement in career.skills {
                guard keys.contains(requirement.skill) else {
                    throw InputError(
                        file: file, field: "\(field).skills",
                        message: "'\(requirement.skill)' is not in the catalog's skill vocabulary")
                }
                guard (1...5).contains(requirement.importance), (0...7).contains(requirement.level) else {
                    throw InputError(
                        file: file, field: "\(field).skills.\(requirement.skill)",
                        message: "importance must be 1-5 and level 0-7")
                }
            }
        }
    }
}

extension CatalogFile {
    /// Checks that every language of `translations` is a language code and that no translated
    /// text (as `texts` lists them, by field name) is empty.
    fileprivate static func checkTranslations<Words>(
        _ translations: Translations<Words>?, field: String, file: String, texts: (Words) -> [(String, String?)]
    ) throws(InputError) {
        var seen: [String: String] = [:]
        for (language, words) in (translations?.byLanguage ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let tag = LanguageTag(language) else {
                throw InputError(
                    file: file, field: field,
                    message: "'\(language)' is not a language code; key translations by one such as es or es-MX")
            }
            if let other = seen.updateValue(language, forKey: tag.code) {
                throw InputError(
                    file: file, field: field,
                    message: "'\(other)' and '\(language)' are the same language; keep one of them")
            }
            for case let (name, text?) in texts(words) where text.allSatisfy(\.isWhitespace) {
                throw InputError(
                    file: file, field: "\(field).\(language).\(name)",
                    message: "the translation is empty; give the text, or leave the field out to keep the English")
            }
        }
    }
}

extension DecodingError {
    /// The dotted path of the field the decoder was at, such as `careers[3].jobZone`.
    var fieldPath: String {
        let path: [any CodingKey]
        switch self {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
            .dataCorrupted(let context):
            path = context.codingPath + { if case .keyNotFound(let key, _) = self { [key] } else { [] } }()
        @unknown default:
            path = []
        }
        return path.reduce("") { result, key in
            if let index = key.intValue { return result + "[\(index)]" }
            return result.isEmpty ? key.stringValue : "\(result).\(key.stringValue)"
        }
    }

    /// What is wrong, in plain words.
    var plainMessage: String {
        switch self {
        case .keyNotFound: "the field is missing"
        case .typeMismatch(let type, _):
            "expected \(type == String.self ? "text" : type == Double.self || type == Int.self ? "a number" : "\(type)") here"
        case .valueNotFound: "the value is missing (null)"
        case .dataCorrupted(let context):
            context.codingPath.isEmpty
                ? "the file is not valid JSON (\(context.underlyingError.map { "\($0)" } ?? context.debugDescription))"
                : context.debugDescription
        @unknown default: "the catalog can't be read"
        }
    }
}

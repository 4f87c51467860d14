/// Which way a document's lines run, from its language: the value of `<html dir>`, and which
/// physical side (left or right) a line starts on, for the email attributes and styles that only
/// know physical sides.
enum TextDirection {
    case leftToRight
    case rightToLeft

    /// Languages written right to left (ISO 639 codes): Arabic, Central Kurdish, Dhivehi, Persian,
    /// Hebrew (and its old code `iw`), Pashto, Sindhi, Uyghur, Urdu, Yiddish.
    private static let rightToLeftLanguages: Set<String> = [
        "ar", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "ug", "ur", "yi",
    ]
    /// Right-to-left scripts (ISO 15924) a language tag may name, as in `pa-Arab` or `az-Arab`.
    private static let rightToLeftScripts: Set<String> = [
        "adlm", "arab", "hebr", "mand", "nkoo", "rohg", "samr", "syrc", "thaa",
    ]

    /// The direction of text in `language`, a BCP 47 tag: a script subtag decides when there is
    /// one (`az-Arab` is right to left, `ku-Latn` left to right), otherwise the language does.
    init(language: String) {
        let subtags = language.lowercased().split(separator: "-").map(String.init)
        if let script = subtags.dropFirst().first(where: { $0.count == 4 && $0.allSatisfy(\.isLetter) }) {
            self = Self.rightToLeftScripts.contains(script) ? .rightToLeft : .leftToRight
        } else {
            self = subtags.first.map(Self.rightToLeftLanguages.contains) == true ? .rightToLeft : .leftToRight
        }
    }

    /// The value of the `dir` attribute.
    var attribute: StaticString {
        switch self {
        case .leftToRight: "ltr"
        case .rightToLeft: "rtl"
        }
    }

    /// The physical side lines start on: `left` or `right`, for `align` and `text-align`.
    var start: StaticString {
        switch self {
        case .leftToRight: "left"
        case .rightToLeft: "right"
        }
    }

    /// The physical side lines end on.
    var end: StaticString {
        switch self {
        case .leftToRight: "right"
        case .rightToLeft: "left"
        }
    }
}

/// ISO dates (`2026-11-29`) written out in the report's language.
enum DateText {
    /// `29 November 2026` for English, `29 de noviembre de 2026` for Spanish, the ISO text itself
    /// for other languages; nil when `iso` is not a real `yyyy-mm-dd` date (a time may follow a `T`).
    static func long(_ iso: String, language: String) -> String? {
        let datePart = iso.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let fields = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
            fields.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(fields[0]), let month = Int(fields[1]), let day = Int(fields[2]),
            (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        switch primaryLanguage(language) {
        case "en": return "\(day) \(englishMonths[month - 1]) \(year)"
        case "es": return "\(day) de \(spanishMonths[month - 1]) de \(year)"
        default: return String(datePart)
        }
    }

    /// `es` for `es-MX`, lowercased.
    private static func primaryLanguage(_ tag: String) -> String {
        String(tag.split(separator: "-").first ?? "").lowercased()
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    private static let spanishMonths = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ]
}

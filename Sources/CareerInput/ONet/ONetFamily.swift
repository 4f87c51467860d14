import CareerModel

/// How an imported occupation is filed between marketing and IT, and what O*NET's SOC major group is.
///
/// - `it`: SOC major group 15 (Computer and Mathematical) and 11-3021 Computer and Information
///   Systems Managers.
/// - `hybrid`: any other occupation whose title has a technology word (``technologyWords``), such
///   as Search Marketing Strategists or Online Merchants.
/// - `marketing`: everything else, the people-and-business side. An import of the whole database
///   files nurses and electricians here too; the import reports how many occupations are outside
///   the marketing and IT groups.
enum ONetFamily {
    /// Words in a title that put a non-IT occupation on the hybrid side.
    static let technologyWords = [
        "web", "digital", "online", "internet", "e-commerce", "search", "computer", "software", "data",
        "technical", "interface", "informatics",
    ]

    /// SOC minor groups and codes that are marketing, advertising, PR, media or sales work.
    static let marketingPrefixes = ["11-2", "13-1161", "13-1199.06", "27-", "41-", "19-3022", "43-9031"]

    /// The family of the occupation with `code` and `title`.
    static func family(code: String, title: String) -> CareerFamily {
        if code.hasPrefix("15-") || code.hasPrefix("11-3021") { return .it }
        let words = title.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init)
        return words.contains(where: technologyWords.contains) ? .hybrid : .marketing
    }

    /// True when the occupation belongs to the marketing or IT side by its SOC group.
    static func isInScope(code: String) -> Bool {
        code.hasPrefix("15-") || code.hasPrefix("11-3021") || marketingPrefixes.contains { code.hasPrefix($0) }
    }

    /// The SOC 2018 major group of `code`, as "Computer and Mathematical (15-0000)".
    static func majorGroup(code: String) -> String {
        let prefix = String(code.prefix(2))
        guard let name = majorGroups[prefix] else { return "SOC group \(prefix)-0000" }
        return "\(name) (\(prefix)-0000)"
    }

    static let majorGroups = [
        "11": "Management", "13": "Business and Financial Operations", "15": "Computer and Mathematical",
        "17": "Architecture and Engineering", "19": "Life, Physical, and Social Science",
        "21": "Community and Social Service", "23": "Legal", "25": "Educational Instruction and Library",
        "27": "Arts, Design, Entertainment, Sports, and Media", "29": "Healthcare Practitioners and Technical",
        "31": "Healthcare Support", "33": "Protective Service", "35": "Food Preparation and Serving Related",
        "37": "Building and Grounds Cleaning and Maintenance", "39": "Personal Care and Service",
        "41": "Sales and Related", "43": "Office and Administrative Support", "45": "Farming, Fishing, and Forestry",
        "47": "Construction and Extraction", "49": "Installation, Maintenance, and Repair", "51": "Production",
        "53": "Transportation and Material Moving", "55": "Military Specific",
    ]
}

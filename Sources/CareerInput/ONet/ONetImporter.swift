import CareerModel
import Foundation

/// A catalog built from the O*NET text database, and what the import noticed on the way.
public struct ONetImport: Sendable {
    /// The catalog, in our skill vocabulary.
    public var catalog: Catalog
    /// Optional files that were missing, occupations left out and why; for the user to read.
    public var notes: [String]
}

/// Builds a catalog from a folder of the O*NET text database (the `db_29_2_text` zip, unpacked).
///
/// `Occupation Data.txt`, `Interests.txt` and `Job Zones.txt` are needed (every career needs an
/// interest profile and a Job Zone). `Skills.txt`, `Technology Skills.txt` and `Alternate
/// Titles.txt` are used when present. Skills are mapped onto the vocabulary by an
/// ``ONetSkillMap``; rows with `Recommend Suppress = Y` are skipped, and a level with `Not Relevant =
/// Y` counts as 0. O*NET's own titles and descriptions are kept, with the O*NET attribution.
public struct ONetImporter: Sendable {
    /// The skill vocabulary of the catalog that is made (the starter catalog's).
    public var skills: [Skill]
    /// Which O*NET skills give each vocabulary key its figures.
    public var skillMap: ONetSkillMap

    /// The most alternate titles and technologies kept per occupation.
    public static let listLimit = 10

    /// Creates an importer.
    public init(skills: [Skill], skillMap: ONetSkillMap = .standard) {
        self.skills = skills
        self.skillMap = skillMap
    }

    /// The files the import reads, by their name in the O*NET text database.
    public enum File: String, CaseIterable, Sendable {
        case occupations = "Occupation Data.txt"
        case interests = "Interests.txt"
        case jobZones = "Job Zones.txt"
        case skills = "Skills.txt"
        case technology = "Technology Skills.txt"
        case alternateTitles = "Alternate Titles.txt"
        case readMe = "Read Me.txt"

        /// True for the files a catalog can't be made without.
        public var required: Bool { [.occupations, .interests, .jobZones].contains(self) }
    }

    /// Imports the O*NET database in `folder`.
    public func importFolder(_ folder: String) throws(InputError) -> ONetImport {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw InputError(
                file: folder, message: "no such folder; give the folder of the unpacked O*NET text database")
        }
        let path = { (file: File) in URL(fileURLWithPath: folder).appendingPathComponent(file.rawValue).path }
        let missing = File.allCases.filter { !FileManager.default.fileExists(atPath: path($0)) }
        let missingRequired = missing.filter(\.required)
        guard missingRequired.isEmpty else {
            throw InputError(
                file: folder,
                message:
                    "\(Self.list(missingRequired.map { "'\($0.rawValue)'" })) \(missingRequired.count == 1 ? "is" : "are") missing; a catalog needs \(Self.list(File.allCases.filter(\.required).map { "'\($0.rawValue)'" })) from the O*NET text database"
            )
        }
        var notes = missing.filter { $0 != .readMe }.map { file in
            "'\(file.rawValue)' is missing: \(Self.whatIsLost(file))"
        }
        let table = { (file: File) throws(InputError) -> ONetTable? in
            missing.contains(file) ? nil : try ONetTable.read(path(file))
        }
        let occupations = try ONetReader.occupations(try table(.occupations)!)
        let interests = try ONetReader.interests(try table(.interests)!)
        let zones = try ONetReader.jobZones(try table(.jobZones)!)
        let ratings = try table(.skills).map(ONetReader.skills) ?? [:]
        let technology = try table(.technology).map(ONetReader.technologies) ?? [:]
        let titles = try table(.alternateTitles).map(ONetReader.alternateTitles) ?? [:]
        let release = missing.contains(.readMe) ? nil : ONetReader.release(readMe: path(.readMe))

        var careers: [Career] = []
        var ids: Set<String> = []
        var noInterests: [String] = [], noZone: [String] = []
        for occupation in occupations {
            guard let interest = interests[occupation.code], let profile = interest.profile else {
                noInterests.append(occupation.code)
                continue
            }
            guard let zone = zones[occupation.code] else {
                noZone.append(occupation.code)
                continue
            }
            var id = Self.kebab(occupation.title)
            if !ids.insert(id).inserted {
                id += "-" + occupation.code
                ids.insert(id)
            }
            careers.append(
                Career(
                    code: occupation.code, id: id, title: occupation.title,
                    alternateTitles: Array((titles[occupation.code] ?? []).prefix(Self.listLimit)),
                    family: ONetFamily.family(code: occupation.code, title: occupation.title),
                    description: occupation.description, interests: profile, jobZone: zone,
                    skills: requirements(ratings[occupation.code] ?? [:]),
                    technologies: Array((technology[occupation.code] ?? []).prefix(Self.listLimit)),
                    classification: Classification(
                        onet: ONetFamily.majorGroup(code: occupation.code),
                        esco: "not classified: ESCO is not part of an O*NET import"),
                    highPoints: interest.highPoints))
        }
        if !noInterests.isEmpty {
            notes.append(
                "\(noInterests.count) occupation\(noInterests.count == 1 ? " has" : "s have") no complete interest profile (six OI ratings) and \(noInterests.count == 1 ? "was" : "were") left out: \(Self.sample(noInterests))"
            )
        }
        if !noZone.isEmpty {
            notes.append(
                "\(noZone.count) occupation\(noZone.count == 1 ? " has" : "s have") no Job Zone and \(noZone.count == 1 ? "was" : "were") left out: \(Self.sample(noZone))"
            )
        }
        let outside = careers.filter { !ONetFamily.isInScope(code: $0.code ?? "") }.count
        if outside > 0 {
            notes.append(
                "\(outside) occupation\(outside == 1 ? " is" : "s are") outside the marketing and IT groups; filed as 'marketing' or 'hybrid' by title (see docs/catalog-sources.md)"
            )
        }
        guard !careers.isEmpty else {
            throw InputError(
                file: path(.occupations),
                message: "no occupation has both six interest ratings and a Job Zone, so the catalog would be empty")
        }
        let catalog = Catalog(attribution: Self.attribution(release: release), skills: skills, careers: careers)
        try CatalogFile.check(catalog, file: folder)
        return ONetImport(catalog: catalog, notes: notes)
    }

    /// The requirements in our vocabulary for one occupation's O*NET skill ratings, in vocabulary order.
    func requirements(_ ratings: [String: ONetReader.SkillRating]) -> [SkillRequirement] {
        skills.compactMap { skill in
            let found = (skillMap.elements[skill.key] ?? []).compactMap { ratings[$0] }
            let importances = found.compactMap(\.importance), levels = found.compactMap(\.level)
            guard !importances.isEmpty, !levels.isEmpty else { return nil }
            return SkillRequirement(
                skill: skill.key, importance: Self.mean(importances), level: Self.mean(levels))
        }
    }

    /// The mean rounded half-up to 2 decimals.
    static func mean(_ values: [Double]) -> Double {
        ((values.reduce(0, +) / Double(values.count)) * 100 + 0.5 + 1e-9).rounded(.down) / 100
    }

    /// `title` in lowercase words joined by dashes: "Web and Digital Interface Designers" ->
    /// "web-and-digital-interface-designers".
    static func kebab(_ title: String) -> String {
        title.lowercased().split { !($0.isLetter || $0.isNumber) || !$0.isASCII }.joined(separator: "-")
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    static func sample(_ codes: [String]) -> String {
        codes.prefix(5).joined(separator: ", ") + (codes.count > 5 ? " and \(codes.count - 5) more" : "")
    }

    static func whatIsLost(_ file: File) -> String {
        switch file {
        case .skills: "careers have no skill requirements, so skill readiness is left out for them"
        case .technology: "careers list no technologies"
        case .alternateTitles: "careers list no alternate titles"
        default: "it is needed"
        }
    }

    /// The O*NET attribution for `release` (such as "29.2"), as REFERENCE section 5 words it.
    static func attribution(release: String?) -> String {
        "This report includes information from the O*NET \(release.map { "\($0) " } ?? "")Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. CareerReport has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications."
    }
}

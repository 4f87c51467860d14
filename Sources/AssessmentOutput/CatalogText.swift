import Assessment
import CareerModel

/// A catalog as text for `career-report catalog list` and `catalog show`.
public enum CatalogText {
    /// One line per career: code, id, title, family, Job Zone and technical share.
    public static func list(_ catalog: Catalog) -> String {
        let technical = Set(catalog.skills.filter(\.technical).map(\.key))
        var rows = [["code", "id", "title", "family", "job zone", "technical"]]
        for career in catalog.careers {
            rows.append([
                career.code ?? "-", career.id, career.title, career.family.rawValue, "\(career.jobZone)",
                TechnicalBalance.share(of: career.skills, technical: technical).map { "\(Int($0.rounded()))%" } ?? "-",
            ])
        }
        let counts = CareerFamily.allCases.map { family in
            "\(catalog.careers.filter { $0.family == family }.count) \(family.rawValue)"
        }
        return
            (TextColumns.lines(rows, rightAligned: [4, 5])
            + ["", "\(catalog.careers.count) careers: \(counts.joined(separator: ", "))"]).joined(separator: "\n")
            + "\n"
    }

    /// The career whose O*NET code or id is `key` (case-insensitive), if the catalog has one.
    public static func career(_ key: String, in catalog: Catalog) -> Career? {
        let wanted = key.lowercased()
        return catalog.careers.first { $0.code?.lowercased() == wanted || $0.id.lowercased() == wanted }
    }

    /// Careers whose title, id or code contains `text` (case-insensitive), for "did you mean" hints.
    public static func careers(matching text: String, in catalog: Catalog) -> [Career] {
        let wanted = text.lowercased()
        return catalog.careers.filter {
            $0.title.lowercased().contains(wanted) || $0.id.contains(wanted) || ($0.code ?? "").hasPrefix(wanted)
        }
    }

    /// Everything the catalog holds about `career`, readable.
    public static func show(_ career: Career, in catalog: Catalog) -> String {
        let technical = Set(catalog.skills.filter(\.technical).map(\.key))
        var lines = ["\(career.title)", String(repeating: "=", count: career.title.count)]
        var facts = [
            ["code", career.code ?? "none (O*NET does not list this role)"], ["id", career.id],
            ["family", career.family.rawValue], ["job zone", "\(career.jobZone)"],
            [
                "technical share",
                TechnicalBalance.share(of: career.skills, technical: technical).map { "\(Int($0.rounded()))%" }
                    ?? "no skills listed",
            ],
            ["holland code", career.interests.hollandCode.code],
            [
                "high points",
                career.highPoints.map { $0.isEmpty ? "none (O*NET)" : "\($0.code) (O*NET)" }
                    ?? "\(CareerHighPoints(interests: career.interests, onet: nil).letters.code) (from the profile)",
            ],
            [
                "interests (1-7)",
                RIASEC.allCases.map { "\($0.rawValue) \(number(career.interests[$0]))" }.joined(separator: "  "),
            ],
            ["O*NET group", career.classification.onet], ["ESCO group", career.classification.esco],
        ]
        if !career.alternateTitles.isEmpty {
            facts.append(["also called", career.alternateTitles.joined(separator: "; ")])
        }
        lines += TextColumns.lines(facts.map { [$0[0] + ":", $0[1]] })
        lines += ["", career.description, ""]
        if !career.skills.isEmpty {
            var rows = [["skill", "kind", "importance", "level"]]
            for requirement in career.skills {
                let skill = catalog.skill(requirement.skill)
                rows.append([
                    skill?.name ?? requirement.skill, skill?.technical == true ? "technical" : "people/business",
                    number(requirement.importance), number(requirement.level),
                ])
            }
            lines +=
                ["Skills (importance 1-5, level 0-7):"]
                + TextColumns.lines(rows, rightAligned: [2, 3]).map { "  " + $0 }
            lines.append("")
        }
        if !career.technologies.isEmpty {
            lines += ["Technologies: " + career.technologies.joined(separator: ", "), ""]
        }
        if !career.training.isEmpty {
            lines.append("Training:")
            lines += career.training.map { "  - \($0.name), \($0.provider) (\($0.free ? "free" : "paid"))" }
            lines.append("")
        }
        if !career.entryRoles.isEmpty {
            lines += ["Entry roles: " + career.entryRoles.joined(separator: ", "), ""]
        }
        lines.append(catalog.attribution)
        return lines.joined(separator: "\n") + "\n"
    }

    static func number(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String((value * 100).rounded() / 100)
    }
}

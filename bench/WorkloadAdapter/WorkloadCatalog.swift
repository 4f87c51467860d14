import Foundation

/// The peer workload's `catalog.json`: 15 skills, 12 careers with skill weights and
/// certifications, and the report's text templates (`{placeholder}` style).
public struct WorkloadCatalog: Sendable, Decodable {
    /// A skill of the workload's vocabulary.
    public struct Skill: Sendable, Decodable {
        /// Key used in the roster, e.g. `content_writing`.
        public var id: String
        /// Name shown in reports.
        public var label: String
    }

    /// A career with its skill weights (1-5) and certifications.
    public struct Career: Sendable, Decodable {
        /// Stable key.
        public var id: String
        /// Name shown in reports.
        public var title: String
        /// Weight 1-5 per skill id; absent skills weigh 0.
        public var weights: [String: Int]
        /// Certifications in the catalog's order.
        public var certifications: [String]
    }

    /// The report's fixed texts.
    public struct Texts: Sendable, Decodable {
        /// One FAQ entry.
        public struct Question: Sendable, Decodable {
            /// The question template.
            public var q: String
            /// The answer template.
            public var a: String
        }

        /// Title template.
        public var title: String
        /// Subtitle template.
        public var subtitle: String
        /// Section headings by key: intro, chart, table, certs, faq.
        public var sections: [String: String]
        /// The three introduction paragraph templates.
        public var intro: [String]
        /// The table's header cells.
        public var table_header: [String]
        /// What the table shows when a career misses no skill.
        public var missing_none: String
        /// The questions and answers.
        public var faq: [Question]
        /// Footer text template.
        public var footer_left: String
    }

    /// The skills, in axis order.
    public let skills: [Skill]
    /// The careers, in catalog order (the tie order).
    public let careers: [Career]
    /// The report's texts.
    public let report: Texts
    /// The skills and careers as vectors along the skill axis, made once when the catalog is read.
    public let axis: SkillAxis

    private enum CodingKeys: String, CodingKey {
        case skills, careers, report
    }

    /// Decodes `catalog.json` and lays its careers out along the skill axis.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        skills = try container.decode([Skill].self, forKey: .skills)
        careers = try container.decode([Career].self, forKey: .careers)
        report = try container.decode(Texts.self, forKey: .report)
        axis = SkillAxis(skills: skills, careers: careers)
    }

    /// Reads the catalog file.
    public static func read(_ path: String) throws -> WorkloadCatalog {
        try JSONDecoder().decode(WorkloadCatalog.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }
}

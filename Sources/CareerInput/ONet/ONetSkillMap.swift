import Foundation

/// Which of O*NET's 35 skills (by element ID) give each key of our skill vocabulary its figures.
///
/// When a key takes its figures from more than one O*NET skill, its importance and level are each
/// the mean of theirs, rounded half-up to 2 decimals. Keys O*NET has no skill for (`html_css`, `seo`
/// and the other tool skills) are not in the map; the import leaves them out. The table is
/// documented in docs/catalog-sources.md; `catalog import-onet --skill-map FILE` replaces it with a
/// JSON object of the same shape, `{"writing": ["2.A.1.c"], ...}`.
public struct ONetSkillMap: Sendable, Equatable {
    /// O*NET element IDs by vocabulary key.
    public var elements: [String: [String]]

    /// Creates a map.
    public init(elements: [String: [String]]) {
        self.elements = elements
    }

    /// The map CareerReport uses, the table in docs/catalog-sources.md.
    public static let standard = ONetSkillMap(elements: [
        "writing": ["2.A.1.c"],  // Writing
        "speaking": ["2.A.1.d"],  // Speaking
        "critical_thinking": ["2.A.2.a"],  // Critical Thinking
        "adaptability": ["2.A.2.b"],  // Active Learning
        "customer_insight": ["2.B.1.a"],  // Social Perceptiveness
        "collaboration": ["2.B.1.b"],  // Coordination
        "persuasion": ["2.B.1.c"],  // Persuasion
        "negotiation": ["2.B.1.d"],  // Negotiation
        "programming": ["2.B.3.e"],  // Programming
        "data_analysis": ["2.A.1.e", "2.B.4.g"],  // Mathematics, Systems Analysis
        "project_management": ["2.B.5.a", "2.B.5.d"],  // Time Management, Management of Personnel Resources
    ])

    /// Reads a map from a JSON file, checking every key against `vocabulary`.
    public static func read(_ path: String, vocabulary: [String]) throws(InputError) -> ONetSkillMap {
        let text = try InputFile.text(at: path, what: "skill map")
        let elements: [String: [String]]
        do {
            elements = try JSONDecoder().decode([String: [String]].self, from: Data(text.utf8))
        } catch {
            throw InputError(
                file: path,
                message:
                    "the skill map must be a JSON object from a skill key to a list of O*NET element IDs, such as {\"writing\": [\"2.A.1.c\"]}"
            )
        }
        for (key, ids) in elements.sorted(by: { $0.key < $1.key }) {
            guard vocabulary.contains(key) else {
                let hint = closest(to: key, in: vocabulary).map { "did you mean '\($0)'? " } ?? ""
                throw InputError(
                    file: path, field: key,
                    message:
                        "'\(key)' is not in the skill vocabulary; \(hint)the skills are: \(vocabulary.joined(separator: ", "))"
                )
            }
            guard !ids.isEmpty, ids.allSatisfy({ $0.hasPrefix("2.") }) else {
                throw InputError(
                    file: path, field: key,
                    message:
                        "give one or more O*NET skill element IDs, which start with '2.' (such as '2.A.1.c' Writing)")
            }
        }
        return ONetSkillMap(elements: elements)
    }
}

import CareerModel

/// Reads the `interests` field: six scores on a declared scale, or a Holland code.
///
/// ```yaml
/// interests: {scale: ip60, scores: {R: 6, I: 26, A: 30, S: 20, E: 34, C: 24}}
/// interests: {holland_code: AES}
/// ```
enum InterestsReader {
    static func read(_ fields: YAMLFields) throws(InputError) -> StudentInterests {
        guard let interests = try fields.fields("interests") else {
            throw fields.error(
                "interests",
                "the field is missing; give six scores ('interests: {scale: ip60, scores: {R: 6, I: 26, A: 30, S: 20, E: 34, C: 24}}') or a Holland code ('interests: {holland_code: AES}')"
            )
        }
        if let code = try interests.checked("holland_code", ProfileRules.hollandCode) {
            return .hollandCode(code)
        }
        let scale = try interests.checked("scale", ProfileRules.scale) ?? .ip60
        guard let scores = try interests.fields("scores") else {
            throw interests.error(
                "scores",
                "the field is missing; give a score for each of R, I, A, S, E and C, or use 'holland_code' instead")
        }
        var values: [RIASEC: Double] = [:]
        for (key, _) in scores.keys {
            guard let area = RIASEC(rawValue: key.uppercased()), key.count == 1 else {
                throw scores.error(key, "'\(key)' is not an interest area; use R, I, A, S, E and C")
            }
            guard let score = try scores.checked(key, { ProfileRules.score($0, on: scale) }) else {
                throw scores.error(key, "the score is missing")
            }
            values[area] = score
        }
        let missing = RIASEC.allCases.filter { values[$0] == nil }
        guard missing.isEmpty else {
            throw interests.error(
                "scores",
                "the scores for \(missing.map(\.rawValue).joined(separator: ", ")) are missing; all six areas R, I, A, S, E, C are needed"
            )
        }
        return .scores(InterestScores(values), scale: scale)
    }
}

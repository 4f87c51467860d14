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
        if let code = try interests.optionalString("holland_code") {
            guard let letters = RIASEC.hollandCode(code) else {
                throw interests.error(
                    "holland_code",
                    "'\(code)' is not a Holland code; use one to three different letters of R, I, A, S, E, C, strongest first, such as 'AES'"
                )
            }
            return .hollandCode(letters)
        }
        let scaleName = try interests.optionalString("scale") ?? InterestScale.ip60.rawValue
        guard let scale = InterestScale(rawValue: scaleName.lowercased()) else {
            let valid = InterestScale.allCases.map(\.rawValue).joined(separator: ", ")
            throw interests.error(
                "scale",
                "'\(scaleName)' is not a scale; use one of \(valid) (ip60: the 60-item Interest Profiler, each area 0-40)"
            )
        }
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
            guard let score = try scores.number(key) else { throw scores.error(key, "the score is missing") }
            guard scale.range.contains(score) else {
                throw scores.error(
                    key,
                    "\(score.formatted) is outside the \(scale.rawValue) scale; scores there run from \(scale.range.lowerBound.formatted) to \(scale.range.upperBound.formatted)"
                )
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

extension Double {
    /// The number without a trailing ".0".
    var formatted: String { rounded() == self && abs(self) < 1e15 ? String(Int(self)) : String(self) }
}

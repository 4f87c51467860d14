import CareerModel

/// The rules a student's values must follow, whatever file they come from: YAML and JSON
/// profiles (``ProfileReader``) and roster rows (the batch) check their values here.
///
/// Each returns `nil` for a good value or the reason it is not, in words that never repeat a
/// name or an email address.
public enum ProfileRules {
    /// The longest name accepted, as in profiles.
    public static let maximumNameLength = 100
    /// Grades a student may be in.
    public static let grades = 1...12
    /// Self-ratings of a skill.
    public static let ratings = 1...5

    /// Why a name is not acceptable, or `nil`.
    public static func nameProblem(_ name: String) -> String? {
        name.count > maximumNameLength ? "the name is longer than \(maximumNameLength) characters" : nil
    }

    /// Why an email address is not acceptable, or `nil`.
    public static func emailProblem(_ email: String) -> String? {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        let forbidden = email.unicodeScalars.contains {
            $0.properties.isWhitespace || $0.value < 0x20 || "<>,;\"".unicodeScalars.contains($0)
        }
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !forbidden, email.count <= 254 else {
            return "not an email address such as jose@example.org"
        }
        return nil
    }

    /// The grade in `text`, or the reason it is not one.
    public static func grade(_ text: String) -> Result<Int, RuleProblem> {
        guard let grade = Int(text), grades.contains(grade) else {
            return .failure(RuleProblem("'\(text.prefix(20))' is not a grade; use a whole number from 1 to 12"))
        }
        return .success(grade)
    }

    /// The self-rating in `text`, or the reason it is not one.
    public static func rating(_ text: String) -> Result<Int, RuleProblem> {
        guard let rating = Int(text), ratings.contains(rating) else {
            return .failure(
                RuleProblem("'\(text.prefix(20))' is not a self-rating; use a whole number from 1 to 5"))
        }
        return .success(rating)
    }

    /// Why `key` is not a skill of `skillKeys`, or `nil`; suggests the closest known key.
    public static func skillProblem(_ key: String, skillKeys: [String]) -> String? {
        guard !skillKeys.contains(key) else { return nil }
        let hint = closest(to: key, in: skillKeys).map { "did you mean '\($0)'? " } ?? ""
        return "'\(key.prefix(40))' is not a known skill; \(hint)the skills are: \(skillKeys.joined(separator: ", "))"
    }

    /// The interest scale named `text`, or the reason it is not one.
    public static func scale(_ text: String) -> Result<InterestScale, RuleProblem> {
        guard let scale = InterestScale(rawValue: text.lowercased()) else {
            let valid = InterestScale.allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(
                RuleProblem(
                    "'\(text.prefix(20))' is not a scale; use one of \(valid) (ip60: the 60-item Interest Profiler, each area 0-40)"
                ))
        }
        return .success(scale)
    }

    /// The score in `text` on `scale`, or the reason it is not one.
    public static func score(_ text: String, on scale: InterestScale) -> Result<Double, RuleProblem> {
        guard let score = Double(text), score.isFinite else {
            return .failure(RuleProblem("'\(text.prefix(20))' is not a number"))
        }
        guard scale.range.contains(score) else {
            return .failure(
                RuleProblem(
                    "\(text) is outside the \(scale.rawValue) scale; scores there run from \(Int(scale.range.lowerBound)) to \(Int(scale.range.upperBound))"
                ))
        }
        return .success(score)
    }

    /// The Holland code in `text`, or the reason it is not one.
    public static func hollandCode(_ text: String) -> Result<[RIASEC], RuleProblem> {
        guard let code = RIASEC.hollandCode(text) else {
            return .failure(
                RuleProblem(
                    "'\(text.prefix(20))' is not a Holland code; use one to three different letters of R, I, A, S, E, C, strongest first, such as 'AES'"
                ))
        }
        return .success(code)
    }

    /// The name order in `text` (`family_first` or `given_first`), or the reason it is not one.
    public static func nameOrder(_ text: String) -> Result<NameOrder, RuleProblem> {
        guard let order = NameOrder(rawValue: text.lowercased()) else {
            return .failure(
                RuleProblem(
                    "'\(text.prefix(30))' is not a name order; use family_first (王小明, Nagy István) or given_first (José Müller), or leave it out to decide by script"
                ))
        }
        return .success(order)
    }

    /// The education plan in `text`, or the reason it is not one.
    public static func plan(_ text: String) -> Result<EducationPlan, RuleProblem> {
        guard let plan = EducationPlan(rawValue: text.lowercased()) else {
            let valid = EducationPlan.allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(RuleProblem("'\(text.prefix(30))' is not a plan; use one of \(valid)"))
        }
        return .success(plan)
    }
}

/// Why a value broke one of the ``ProfileRules``.
public struct RuleProblem: Error, Sendable, Equatable {
    /// The reason, in words a counselor can act on.
    public var reason: String

    /// Creates a problem.
    public init(_ reason: String) { self.reason = reason }
}

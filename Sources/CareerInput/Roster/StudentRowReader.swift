import CareerModel

/// Turns a roster row's values into a student profile, with the rules profiles follow.
///
/// The checks run in the order a counselor would fix them: id, opt-out, name, then the
/// answers. A row opted out is not checked further: nothing is made for it.
public struct StudentRowReader: Sendable {
    /// Skill keys a row may rate (the catalog's vocabulary).
    var skillKeys: [String]
    /// The scale of interest scores when a row has no `interest_scale`.
    var defaultScale: InterestScale
    /// A form's answers, joined to rows by id or email: when given, every row's interests come
    /// from them (and skills and plans, where answered).
    var answers: (any RosterAnswers)?

    /// What the row at `row` of `file` holds; `id` has been read already (see ``idProblem(_:)``).
    func outcome(_ fields: StudentFields, id: String) -> RosterEntry.Outcome {
        switch optOut(fields) {
        case .failure(let problem): return .rowError(problem.reason)
        case .success(true): return .optedOut
        case .success(false): break
        }
        guard let given = fields["given_name"] else {
            return .rowError("given_name: the student's given (first) name is missing")
        }
        var name = StudentName(
            given: given, family: fields["family_name"] ?? "", preferred: fields["preferred_name"],
            display: fields["display_name"])
        for (column, text) in [
            ("given_name", given), ("family_name", name.family), ("preferred_name", name.preferred),
            ("display_name", name.display),
        ] {
            if let text, let problem = ProfileRules.nameProblem(text) { return .rowError("\(column): \(problem)") }
        }
        if let text = fields["name_order"] {
            switch ProfileRules.nameOrder(text) {
            case .success(let order): name.statedOrder = order
            case .failure(let problem): return .rowError("name_order: \(problem.reason)")
            }
        }
        do throws(RuleProblem) {
            if let answers { return try joined(fields, id: id, name: name, answers: answers) }
            guard let interests = try interests(fields) else { return .notAssessed }
            var grade: Int?
            if let text = fields["grade"] { grade = try ProfileRules.grade(text).mapError { $0.in("grade") }.get() }
            if let email = fields["email"], let problem = ProfileRules.emailProblem(email) {
                throw RuleProblem("email: \(problem)")
            }
            var plans: EducationPlan?
            if let text = fields["plans"] { plans = try ProfileRules.plan(text).mapError { $0.in("plans") }.get() }
            let profile = StudentProfile(
                id: id, name: name, grade: grade, email: fields["email"], interests: interests,
                skills: try skills(fields), plans: plans)
            return .student(profile, warnings: [])
        } catch {
            return .rowError(error.reason)
        }
    }

    /// The row's student with their answers from `answers`, found by id or email.
    private func joined<Answers: RosterAnswers>(
        _ fields: StudentFields, id: String, name: StudentName, answers: Answers
    )
        throws(RuleProblem)
        -> RosterEntry.Outcome
    {
        if let email = fields["email"], let problem = ProfileRules.emailProblem(email) {
            throw RuleProblem("email: \(problem)")
        }
        guard let student = answers.find(id: id, email: fields["email"]) else {
            throw RuleProblem(
                "the student is on the roster but has no answers in \(answers.path) (looked up by id and by email); check the id or email they gave on the form, or leave them out until they answer"
            )
        }
        var grade: Int?
        if let text = fields["grade"] { grade = try ProfileRules.grade(text).mapError { $0.in("grade") }.get() }
        var plans: EducationPlan?
        if let text = fields["plans"] { plans = try ProfileRules.plan(text).mapError { $0.in("plans") }.get() }
        let base = StudentProfile(
            id: id, name: name, grade: grade, email: fields["email"], interests: .hollandCode([]),
            skills: try skills(fields), plans: plans)
        return answers.outcome(student, base: base)
    }

    /// Why `text` can't be a student id, or `nil`.
    public static func idProblem(_ text: String?) -> String? {
        guard let text else { return "id: the student's id is missing; every row needs one, such as 's-0001'" }
        return StudentID.problem(with: text).map { "id: \($0)" }
    }

    private func optOut(_ fields: StudentFields) -> Result<Bool, RuleProblem> {
        guard let text = fields["opt_out"]?.lowercased() else { return .success(false) }
        if ["true", "yes", "y", "1"].contains(text) { return .success(true) }
        if ["false", "no", "n", "0"].contains(text) { return .success(false) }
        return .failure(RuleProblem("opt_out: '\(text.prefix(20))' is not yes or no; use true, yes, y or 1 to opt out"))
    }

    /// The interests, `nil` when the row has none at all (the student was not assessed).
    private func interests(_ fields: StudentFields) throws(RuleProblem) -> StudentInterests? {
        if let code = fields["holland_code"] {
            return .hollandCode(try ProfileRules.hollandCode(code).mapError { $0.in("holland_code") }.get())
        }
        let letters = RIASEC.allCases.map { ($0, fields[$0.rawValue.lowercased()]) }
        guard letters.contains(where: { $0.1 != nil }) else { return nil }
        let scale = try ProfileRules.scale(fields["interest_scale"] ?? defaultScale.rawValue)
            .mapError { $0.in("interest_scale") }.get()
        var scores: [RIASEC: Double] = [:]
        for (area, text) in letters {
            guard let text else { continue }
            scores[area] = try ProfileRules.score(text, on: scale).mapError { $0.in(area.rawValue) }.get()
        }
        let missing = RIASEC.allCases.filter { scores[$0] == nil }
        guard missing.isEmpty else {
            throw RuleProblem(
                "interests: the scores for \(missing.map(\.rawValue).joined(separator: ", ")) are missing; give all six of R, I, A, S, E, C, or a holland_code"
            )
        }
        return .scores(InterestScores(scores), scale: scale)
    }

    private func skills(_ fields: StudentFields) throws(RuleProblem) -> [String: Int] {
        var ratings: [String: Int] = [:]
        for (column, text) in fields.values.sorted(by: { $0.key < $1.key })
        where column.hasPrefix(RosterColumns.skillPrefix) {
            let key = String(column.dropFirst(RosterColumns.skillPrefix.count))
            if let problem = ProfileRules.skillProblem(key, skillKeys: skillKeys) {
                throw RuleProblem("\(column): \(problem)")
            }
            ratings[key] = try ProfileRules.rating(text).mapError { $0.in(column) }.get()
        }
        return ratings
    }
}

extension RuleProblem {
    /// The problem, prefixed with the column it is in.
    func `in`(_ column: String) -> RuleProblem { RuleProblem("\(column): \(reason)") }
}

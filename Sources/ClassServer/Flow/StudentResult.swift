import CareerModel
import Foundation
import Questionnaire

/// One student's stored answers scored the way `score` and `batch` score a form's row: area
/// scores, quality flags, skills and plans; and the profile their report is made from.
struct StudentResult: Sendable {
    var scoring: InterestScoring
    var flags: [QualityFlag]
    var skills: [String: Int]
    var plans: EducationPlan?

    /// Scores `answers` (stored values by question id) against `list`; `seconds` is how long
    /// the student took from joining to finishing, when finished.
    init(answers: [String: String], list: QuestionList, seconds: Double?) {
        var interests: [String: Int] = [:]
        var skills: [String: Int] = [:]
        var plans: EducationPlan?
        for question in list.questions {
            guard let value = answers[question.id] else { continue }
            switch question.section {
            case .interests: interests[question.id] = Int(value)
            case .skills: if let key = question.skill { skills[key] = Int(value) }
            case .plans: plans = EducationPlan(rawValue: value)
            }
        }
        scoring = InterestScoring(answers: interests, instrument: list.instrument)
        flags = QualityFlag.flags(for: scoring, seconds: seconds)
        self.skills = skills
        self.plans = plans
    }

    /// Why careers can't be matched on these answers (too many missing, every answer the same), or `nil`.
    var notMatchedReason: String? {
        if let reason = scoring.incompleteReason { return reason }
        if flags.contains(where: \.blocksMatching) {
            return
                "every answer is the same, so the answers show no interests; take the questionnaire again"
        }
        return nil
    }

    /// The profile the report is made from, or `nil` when careers can't be matched.
    func profile(studentID: String, name: RosterName?, finished: Date?) -> StudentProfile? {
        guard notMatchedReason == nil, let scores = scoring.scores else { return nil }
        let instrument = scoring.instrument
        let record = AnswerRecord(
            form: instrument.source.name, attribution: instrument.source.attribution,
            file: "career-report serve", day: finished.map { $0.formatted(.iso8601.year().month().day()) },
            answered: scoring.answered, items: instrument.items.count, prorated: scoring.prorated,
            flags: flags.map(\.record))
        let studentName =
            name.map { StudentName(given: $0.given, family: $0.family) }
            ?? StudentName(given: "", family: "", display: studentID)
        return StudentProfile(
            id: studentID, name: studentName, interests: .scores(scores, scale: instrument.interestScale),
            skills: skills, plans: plans, answers: record)
    }
}

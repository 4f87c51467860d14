import Assessment
import CareerModel
import Foundation
import ReportDocument

/// Turns a student's assessment into the data tree a report template binds to.
///
/// This is the only place that knows both careers and templates' paths; docs/report-data.md
/// lists every path. Words that depend on the report's language stay in templates: the data
/// carries keys (`band: strong`, interest letters) and numbers, not sentences. The catalog's
/// words (titles, descriptions, skill and course names) come in the report's language where the
/// catalog has them (``Catalog/localized(to:)``), in English elsewhere.
public enum StudentReportData {
    /// How many best-fit careers a report shows.
    public static let careerCount = 5

    /// The report data for `assessment`, dated `date` (yyyy-mm-dd), with the catalog's words in
    /// `language` (the template's `<language>`, such as `es`) where the catalog has them.
    public static func make(
        _ assessment: StudentAssessment, catalog: Catalog, date: String, language: String = Catalog.language
    ) -> ReportValue {
        let profile = assessment.profile
        let top = Array(assessment.careers.prefix(careerCount))
        let words = CatalogWords(catalog: catalog, language: language)
        return .record([
            "report": .record([
                "date": .string(date), "generator": .string("CareerReport \(CareerReportVersion.string)"),
            ]),
            "student": student(profile),
            "interests": interests(profile.interests, shape: assessment.interestShape),
            "questionnaire": questionnaire(profile.answers, language: language),
            "careers": .list(top.enumerated().map { career($1, rank: $0 + 1, words: words) }),
            "balance": balance(assessment),
            "skills": skills(profile, careers: top, catalog: catalog, words: words),
            "answer": answer(assessment, words: words),
            "method": .record([
                "interests_weight": .number(assessment.weights.interests),
                "skills_weight": .number(assessment.weights.skills),
                "education_weight": .number(assessment.weights.education),
            ]),
            "catalog": .record([
                "attribution": .string(catalog.localizedAttribution(to: language)),
                "size": .number(Double(catalog.careers.count)),
            ]),
        ])
    }

    /// Where the interest scores came from when CareerReport scored the student's answers, and the
    /// quality flags in `language` (English where it has none); `null` for scores given in a profile.
    private static func questionnaire(_ record: AnswerRecord?, language: String) -> ReportValue {
        guard let record else { return .null }
        let primary = language.lowercased().split(separator: "-").first.map(String.init) ?? "en"
        func words(_ texts: [String: String]) -> ReportValue { .string(texts[primary] ?? texts["en"] ?? "") }
        return .record([
            "form": .string(record.form), "attribution": .string(record.attribution), "file": .string(record.file),
            "day": record.day.map(ReportValue.string) ?? .null,
            "answered": .number(Double(record.answered)), "items": .number(Double(record.items)),
            "prorated": .list(record.prorated.map { .string($0.rawValue) }),
            "has_prorated": .bool(!record.prorated.isEmpty),
            "flags": .list(
                record.flags.map {
                    .record(["code": .string($0.code), "student": words($0.student), "counselor": words($0.counselor)])
                }),
            "has_flags": .bool(!record.flags.isEmpty),
        ])
    }

    private static func student(_ profile: StudentProfile) -> ReportValue {
        .record([
            "id": .string(profile.id),
            "name": .record([
                "given": .string(profile.name.given), "family": .string(profile.name.family),
                "call": .string(profile.name.callName), "full": .string(profile.name.fullName),
            ]),
            "grade": profile.grade.map { .number(Double($0)) } ?? .null,
            "plans": profile.plans.map {
                .record(["key": .string($0.rawValue), "job_zone": .number(Double($0.jobZone))])
            } ?? .null,
            "has_skills": .bool(!profile.skills.isEmpty),
        ])
    }

    private static func interests(_ interests: StudentInterests, shape: InterestShape) -> ReportValue {
        let code = interests.hollandCode
        var areas: [ReportValue] = []
        if case .scores(let scores, let scale) = interests {
            areas = RIASEC.allCases.map { area in
                .record([
                    "letter": .string(area.rawValue), "score": .number(scores[area]),
                    "percent": .number(scale.standardized(scores[area]).rounded()),
                    "is_top": .bool(code.contains(area)),
                ])
            }
        }
        return .record([
            "code": .string(code.code),
            "top": letters(code),
            "shape": .string(shape.rawValue),
            "areas": .list(areas),
        ])
    }

    /// Interest areas as a list of `letter` records, for the template to name in its language.
    private static func letters(_ areas: [RIASEC]) -> ReportValue {
        .list(areas.map { .record(["letter": .string($0.rawValue)]) })
    }

    private static func career(_ fit: CareerFit, rank: Int, words: CatalogWords) -> ReportValue {
        let career = words.career(fit.career)
        let skillName = words.skillName
        let gaps: [ReportValue] = (fit.skills?.gaps ?? []).prefix(3).map { gap in
            let course = career.training.first { $0.skills.contains(gap.skill) }
            return .record([
                "skill": .string(skillName(gap.skill)),
                "needed": .number(gap.requiredLevel), "current": .number(gap.studentLevel),
                "training": course.map(training) ?? .null,
            ])
        }
        return .record([
            "rank": .number(Double(rank)),
            "title": .string(career.title),
            "code": career.code.map(ReportValue.string) ?? .null,
            "family": .string(career.family.rawValue),
            "description": .string(career.description),
            "fit": .number(fit.fit.rounded()),
            "band": .string(fit.band.rawValue),
            "interest_fit": .number(fit.interest.fit.rounded()),
            "r": fit.interest.r.map { .number(($0 * 100).rounded() / 100) } ?? .null,
            "c": .number(Double(fit.interest.c)),
            "career_code": .string(fit.interest.careerCode.code),
            "shared_areas": letters(fit.interest.sharedAreas),
            "skill_readiness": fit.skills.map { .number($0.readiness.rounded()) } ?? .null,
            "education": fit.education.map { .string($0.rawValue) } ?? .null,
            "job_zone": .number(Double(career.jobZone)),
            "technical_share": fit.technicalShare.map { .number($0.rounded()) } ?? .null,
            "leaning": fit.technicalShare.map { .string(Leaning(technicalShare: $0).rawValue) } ?? .null,
            "strengths": .list((fit.skills?.strengths ?? []).prefix(3).map { .string(skillName($0)) }),
            "gaps": .list(gaps),
            "entry_roles": .list(career.entryRoles.map(ReportValue.string)),
            "training": .list(career.training.map(training)),
            "retakes_in_ten": fit.topFiveShare.map { .number(inTen($0)) } ?? .null,
            "onet_group": .string(career.classification.onet),
            "esco_group": .string(career.classification.esco),
        ])
    }

    /// A share 0-1 of retakes as a whole number of ten, rounded down so that a report never
    /// sounds surer than the simulation: 0.96 is 9 in 10, only 1.0 is 10 in 10.
    static func inTen(_ share: Double) -> Double { (share * 10 + 1e-9).rounded(.down) }

    /// How many skills each list of the skill summary names at most.
    static let summaryCount = 3

    /// The skills across the top careers: the people skills they lean on most, the technical
    /// skills the student is most short of, and the student's own strongest skills of each kind.
    private static func skills(
        _ profile: StudentProfile, careers: [CareerFit], catalog: Catalog, words: CatalogWords
    ) -> ReportValue {
        let isTechnical = { (key: String) in catalog.skill(key)?.technical == true }
        let name = words.skillName
        var softImportance: [String: Double] = [:]
        var technicalGap: [String: Double] = [:]
        for fit in careers {
            for requirement in fit.career.skills where !isTechnical(requirement.skill) {
                softImportance[requirement.skill, default: 0] += (requirement.importance - 1) / 4
            }
            for gap in fit.skills?.gaps ?? [] where isTechnical(gap.skill) {
                technicalGap[gap.skill, default: 0] += gap.weight
            }
        }
        let softNeeded = ranked(softImportance).map { key in
            ReportValue.record(["name": .string(name(key)), "is_strength": .bool((profile.skills[key] ?? 0) >= 4)])
        }
        let technicalGaps = ranked(technicalGap).map { key in
            let course = careers.lazy.flatMap(\.career.training).first { $0.skills.contains(key) }
            return ReportValue.record([
                "name": .string(name(key)), "training": course.map { training(words.training($0)) } ?? .null,
            ])
        }
        func strengths(technical: Bool) -> ReportValue {
            let strong = profile.skills.filter { $0.value >= 4 && isTechnical($0.key) == technical }
            return .list(ranked(strong.mapValues(Double.init)).map { .string(name($0)) })
        }
        return .record([
            "soft_needed": .list(softNeeded), "technical_gaps": .list(technicalGaps),
            "soft_strengths": strengths(technical: false), "technical_strengths": strengths(technical: true),
        ])
    }

    /// The keys with the largest scores, largest first (ties by key), at most ``summaryCount``.
    private static func ranked(_ scores: [String: Double]) -> [String] {
        scores.filter { $0.value > 0 }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(summaryCount).map(\.key)
    }

    private static func training(_ course: Training) -> ReportValue {
        .record(["name": .string(course.name), "provider": .string(course.provider), "free": .bool(course.free)])
    }

    private static func balance(_ assessment: StudentAssessment) -> ReportValue {
        func average(_ family: CareerFamily) -> ReportValue {
            let shares = assessment.careers.filter { $0.career.family == family }.compactMap(\.technicalShare)
            return shares.isEmpty ? .null : .number((shares.reduce(0, +) / Double(shares.count)).rounded())
        }
        return .record([
            "student_share": assessment.technicalShare.map { .number($0.rounded()) } ?? .null,
            "leaning": assessment.technicalShare.map { .string(Leaning(technicalShare: $0).rawValue) } ?? .null,
            "marketing_average": average(.marketing),
            "hybrid_average": average(.hybrid),
            "it_average": average(.it),
        ])
    }

    /// The best career of each family, for the opening answer.
    private static func answer(_ assessment: StudentAssessment, words: CatalogWords) -> ReportValue {
        func best(_ family: CareerFamily) -> ReportValue {
            guard let fit = assessment.careers.first(where: { $0.career.family == family }) else { return .null }
            return .record([
                "title": .string(words.career(fit.career).title), "fit": .number(fit.fit.rounded()),
                "band": .string(fit.band.rawValue),
            ])
        }
        let side = assessment.careers.first.map(\.career.family.rawValue) ?? ""
        return .record([
            "best_marketing": best(.marketing), "best_it": best(.it), "best_hybrid": best(.hybrid),
            "best_family": .string(side),
        ])
    }
}

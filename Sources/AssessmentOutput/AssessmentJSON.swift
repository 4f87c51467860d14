import Assessment
import CareerModel
import Foundation

/// The assessment as JSON for integrations (`career-report assess --json`): the student's side, the
/// weights, and every career best fit first with every part of its fit. Documented field by field
/// in docs/assessment.md.
///
/// Keys are snake_case and sorted, numbers are rounded (scores to 2 decimals, r and its parts to 4),
/// so the same input always gives the same bytes. The student appears by id only, never by name.
public struct AssessmentJSON: Encodable, Sendable {
    let student: Student
    let weights: Weights
    let careers: [CareerItem]
    let retakes: Retakes?
    let attribution: String

    /// The JSON view of `assessment`; `catalog` names the skills and carries the attribution.
    public init(_ assessment: StudentAssessment, catalog: Catalog) {
        let profile = assessment.profile
        var scale: String?
        var scores: [String: Double]?
        if case .scores(let values, let interestScale) = profile.interests {
            scale = interestScale.rawValue
            scores = Dictionary(uniqueKeysWithValues: RIASEC.allCases.map { ($0.rawValue, values[$0]) })
        }
        student = Student(
            id: profile.id, hollandCode: profile.interests.hollandCode.code, shape: assessment.interestShape.rawValue,
            scale: scale, scores: scores, skills: profile.skills,
            technicalShare: assessment.technicalShare.map { rounded($0, 2) },
            leaning: assessment.technicalShare.map { Leaning(technicalShare: $0).rawValue },
            plans: profile.plans?.rawValue, planJobZone: profile.plans?.jobZone)
        weights = Weights(
            interests: assessment.weights.interests, skills: assessment.weights.skills,
            education: assessment.weights.education)
        careers = assessment.careers.enumerated().map { index, fit in CareerItem(fit, rank: index + 1) }
        retakes = assessment.retakes.map(Retakes.init)
        attribution = catalog.attribution
    }

    /// Writes every key, `null` for a part that is missing, so every student's JSON has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(student, forKey: .student)
        try container.encode(weights, forKey: .weights)
        try container.encode(careers, forKey: .careers)
        try container.encode(retakes, forKey: .retakes)
        try container.encode(attribution, forKey: .attribution)
    }

    enum CodingKeys: CodingKey { case student, weights, careers, retakes, attribution }

    /// The retake simulation: `null` for a Holland-code-only or flat profile.
    struct Retakes: Encodable {
        let count: Int
        let reliability: Double
        let errorSd: Double
        let seed: String

        init(_ simulation: RetakeSimulation) {
            count = RetakeSimulation.count
            reliability = RetakeSimulation.reliability
            errorSd = rounded(simulation.errorSD, 4)
            seed = String(simulation.seed, radix: 16)
        }
    }

    /// The JSON text: pretty-printed, keys sorted, ending in a newline.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return try encoder.encode(self) + Data("\n".utf8)
    }

    struct Student: Encodable {
        let id: String
        let hollandCode: String
        let shape: String
        let scale: String?
        let scores: [String: Double]?
        let skills: [String: Int]
        let technicalShare: Double?
        let leaning: String?
        let plans: String?
        let planJobZone: Int?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(hollandCode, forKey: .hollandCode)
            try container.encode(shape, forKey: .shape)
            try container.encode(scale, forKey: .scale)
            try container.encode(scores, forKey: .scores)
            try container.encode(skills, forKey: .skills)
            try container.encode(technicalShare, forKey: .technicalShare)
            try container.encode(leaning, forKey: .leaning)
            try container.encode(plans, forKey: .plans)
            try container.encode(planJobZone, forKey: .planJobZone)
        }

        enum CodingKeys: CodingKey {
            case id, hollandCode, shape, scale, scores, skills, technicalShare, leaning, plans, planJobZone
        }
    }

    struct Weights: Encodable {
        let interests: Double
        let skills: Double
        let education: Double
    }

    struct CareerItem: Encodable {
        let rank: Int
        let code: String?
        let id: String
        let title: String
        let family: String
        let fit: Double
        let band: String
        let contributions: Contributions
        let interest: Interest
        let skills: Skills?
        let education: Education?
        let jobZone: Int
        let technicalShare: Double?
        let leaning: String?
        let topFiveInRetakes: Double?

        init(_ fit: CareerFit, rank: Int) {
            self.rank = rank
            code = fit.career.code
            id = fit.career.id
            title = fit.career.title
            family = fit.career.family.rawValue
            self.fit = rounded(fit.fit, 2)
            band = fit.band.rawValue
            contributions = Contributions(
                interests: fit.contributions.interests.map { rounded($0, 2) },
                skills: fit.contributions.skills.map { rounded($0, 2) },
                education: fit.contributions.education.map { rounded($0, 2) })
            interest = Interest(fit.interest)
            skills = fit.skills.map(Skills.init)
            education = fit.education.map { Education($0, careerZone: fit.career.jobZone) }
            jobZone = fit.career.jobZone
            technicalShare = fit.technicalShare.map { rounded($0, 2) }
            leaning = fit.technicalShare.map { Leaning(technicalShare: $0).rawValue }
            topFiveInRetakes = fit.topFiveShare.map { rounded($0, 3) }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(rank, forKey: .rank)
            try container.encode(code, forKey: .code)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(family, forKey: .family)
            try container.encode(fit, forKey: .fit)
            try container.encode(band, forKey: .band)
            try container.encode(contributions, forKey: .contributions)
            try container.encode(interest, forKey: .interest)
            try container.encode(skills, forKey: .skills)
            try container.encode(education, forKey: .education)
            try container.encode(jobZone, forKey: .jobZone)
            try container.encode(technicalShare, forKey: .technicalShare)
            try container.encode(leaning, forKey: .leaning)
            try container.encode(topFiveInRetakes, forKey: .topFiveInRetakes)
        }

        enum CodingKeys: CodingKey {
            case rank, code, id, title, family, fit, band, contributions, interest, skills, education, jobZone
            case technicalShare, leaning, topFiveInRetakes
        }
    }

    struct Contributions: Encodable {
        let interests: Double?
        let skills: Double?
        let education: Double?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(interests, forKey: .interests)
            try container.encode(skills, forKey: .skills)
            try container.encode(education, forKey: .education)
        }

        enum CodingKeys: CodingKey { case interests, skills, education }
    }

    struct Interest: Encodable {
        let fit: Double?
        let r: Double?
        let rPart: Double?
        let areas: [Area]
        let c: Int?
        let cMax: Int?
        let cPart: Double?
        let letters: [Letter]
        let careerCode: String
        let highPoints: String
        let highPointsSource: String
        let sharedAreas: [String]

        init(_ match: InterestMatch) {
            fit = match.score.map { rounded($0, 2) }
            r = match.r.map { rounded($0, 4) }
            rPart = match.shapePart.map { rounded($0, 2) }
            areas = match.areaContributions.map {
                Area(
                    area: $0.area.rawValue, student: $0.student, career: $0.career,
                    contribution: rounded($0.contribution, 4))
            }
            c = match.congruence?.index
            cMax = match.congruence?.maximum
            cPart = match.congruence.map { rounded($0.part, 2) }
            letters = (match.congruence?.letters ?? []).map {
                Letter(
                    position: $0.position, student: $0.student.rawValue, career: $0.career.rawValue,
                    distance: $0.distance, weight: $0.weight, points: $0.points)
            }
            careerCode = match.careerCode.code
            highPoints = match.highPoints.letters.code
            highPointsSource = match.highPoints.source.rawValue
            sharedAreas = match.sharedAreas.map(\.rawValue)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(fit, forKey: .fit)
            try container.encode(r, forKey: .r)
            try container.encode(rPart, forKey: .rPart)
            try container.encode(areas, forKey: .areas)
            try container.encode(c, forKey: .c)
            try container.encode(cMax, forKey: .cMax)
            try container.encode(cPart, forKey: .cPart)
            try container.encode(letters, forKey: .letters)
            try container.encode(careerCode, forKey: .careerCode)
            try container.encode(highPoints, forKey: .highPoints)
            try container.encode(highPointsSource, forKey: .highPointsSource)
            try container.encode(sharedAreas, forKey: .sharedAreas)
        }

        enum CodingKeys: CodingKey {
            case fit, r, rPart, areas, c, cMax, cPart, letters, careerCode, highPoints, highPointsSource, sharedAreas
        }
    }

    struct Area: Encodable {
        let area: String
        let student: Double
        let career: Double
        let contribution: Double
    }

    struct Letter: Encodable {
        let position: Int
        let student: String
        let career: String
        let distance: Int
        let weight: Int
        let points: Int
    }

    struct Skills: Encodable {
        let readiness: Double
        let gaps: [Gap]
        let strengths: [String]

        init(_ readiness: SkillReadiness) {
            self.readiness = rounded(readiness.readiness, 2)
            gaps = readiness.gaps.map(Gap.init)
            strengths = readiness.strengths
        }
    }

    struct Gap: Encodable {
        let skill: String
        let importance: Double
        let requiredLevel: Double
        let studentLevel: Double
        let weight: Double
        let readinessLost: Double
        let training: Course?

        init(_ gap: SkillGap) {
            skill = gap.skill
            importance = gap.importance
            requiredLevel = gap.requiredLevel
            studentLevel = gap.studentLevel
            weight = rounded(gap.weight, 2)
            readinessLost = rounded(gap.readinessLost, 2)
            training = gap.training.map { Course(name: $0.name, provider: $0.provider, free: $0.free) }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(skill, forKey: .skill)
            try container.encode(importance, forKey: .importance)
            try container.encode(requiredLevel, forKey: .requiredLevel)
            try container.encode(studentLevel, forKey: .studentLevel)
            try container.encode(weight, forKey: .weight)
            try container.encode(readinessLost, forKey: .readinessLost)
            try container.encode(training, forKey: .training)
        }

        enum CodingKeys: CodingKey {
            case skill, importance, requiredLevel, studentLevel, weight, readinessLost, training
        }
    }

    struct Course: Encodable {
        let name: String
        let provider: String
        let free: Bool
    }

    struct Education: Encodable {
        let result: String
        let score: Double
        let careerJobZone: Int

        init(_ fit: EducationFit, careerZone: Int) {
            result = fit.rawValue
            score = fit.score
            careerJobZone = careerZone
        }
    }
}

/// `value` rounded half away from zero to `places` decimals.
private func rounded(_ value: Double, _ places: Int) -> Double {
    let scale = pow(10, Double(places))
    return (value * scale).rounded() / scale
}

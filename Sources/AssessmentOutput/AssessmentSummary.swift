import Assessment
import CareerModel
import Foundation

/// The assessment as plain text for a person at a terminal (`career-report assess` without `--json`):
/// the student's side, a table of the best-fitting careers, and why the first few fit.
///
/// Names no student: the id only.
public enum AssessmentSummary {
    /// The summary of `assessment`, showing the `top` best careers and explaining the first three.
    public static func text(_ assessment: StudentAssessment, catalog: Catalog, top: Int = 10) -> String {
        var lines: [String] = []
        let profile = assessment.profile
        let code = profile.interests.hollandCode.code
        lines.append("Student \(profile.id): Holland code \(code), interests \(shapeWords(assessment.interestShape))")
        if let share = assessment.technicalShare {
            lines.append(
                "Technical share of rated skills: \(whole(share))% (\(Leaning(technicalShare: share).rawValue))")
        } else {
            lines.append("No skills rated: skill readiness is left out and its weight shared out")
        }
        lines.append("Plans: \(profile.plans.map { "\($0.phrase) (Job Zone \($0.jobZone))" } ?? "not given")")
        let w = assessment.weights
        lines.append(
            "Weights: interests \(whole(w.interests * 100))%, skills \(whole(w.skills * 100))%, education \(whole(w.education * 100))%"
        )
        if let retakes = assessment.retakes {
            lines.append(
                "Retakes: \(RetakeSimulation.count) simulated (reliability \(RetakeSimulation.reliability), error SD \(String(format: "%.1f", retakes.errorSD)) per area)"
            )
        } else {
            let reason =
                assessment.interestShape == .flat
                ? "a flat profile ranks careers without interests" : "no scores to retake"
            lines.append("Retakes: none (\(reason)); how sure each career is can't be said")
        }
        lines.append("")
        let shown = Array(assessment.careers.prefix(max(0, top)))
        var table = [["#", "band", "fit", "career", "code", "r", "C", "skills", "education", "technical", "top 5"]]
        for (index, fit) in shown.enumerated() {
            table.append([
                "\(index + 1)", fit.band.rawValue, whole(fit.fit), fit.career.title, fit.career.code ?? "-",
                fit.interest.r.map { String(format: "%.2f", $0) } ?? "-",
                fit.interest.congruence.map { "\($0.index)/\($0.maximum)" } ?? "-",
                fit.skills.map { whole($0.readiness) } ?? "-", fit.education?.rawValue ?? "-",
                fit.technicalShare.map { "\(whole($0))%" } ?? "-",
                fit.topFiveShare.map { "\(whole($0 * 100))%" } ?? "-",
            ])
        }
        lines += TextColumns.lines(table, rightAligned: [0, 2, 5, 6, 7, 9, 10])
        lines.append("")
        for (index, fit) in shown.prefix(3).enumerated() {
            lines.append("\(index + 1). \(fit.career.title): \(fit.band.rawValue), fit \(whole(fit.fit))")
            lines += why(fit, studentCode: code, catalog: catalog).map { "   " + $0 }
        }
        if assessment.careers.count > shown.count {
            lines.append(
                "\(shown.count) of \(assessment.careers.count) careers shown; --top N shows more, --json every part.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The lines that say why one career fits: the parts, the areas and letters, the top gaps.
    static func why(_ fit: CareerFit, studentCode: String, catalog: Catalog) -> [String] {
        var lines: [String] = []
        let parts = [
            ("interests", fit.contributions.interests), ("skills", fit.contributions.skills),
            ("education", fit.contributions.education),
        ].compactMap { name, value in value.map { "\(name) \(String(format: "%.1f", $0))" } }
        lines.append("points: " + parts.joined(separator: " + "))
        let interest = fit.interest
        if let r = interest.r {
            let top = interest.areaContributions.sorted { $0.contribution > $1.contribution }.prefix(2)
            lines.append(
                "shape r \(String(format: "%.2f", r)), most from "
                    + top.map { "\($0.area.name) \(String(format: "%+.2f", $0.contribution))" }.joined(separator: ", "))
        }
        if let share = fit.topFiveShare {
            let count = Int((share * Double(RetakeSimulation.count)).rounded())
            lines.append("retakes: among the best five in \(count) of \(RetakeSimulation.count)")
        }
        if let congruence = interest.congruence {
            lines.append(
                "Holland codes: yours \(studentCode) vs its \(interest.highPoints.letters.code), C \(congruence.index) of \(congruence.maximum)"
                    + (interest.sharedAreas.isEmpty
                        ? "" : ", sharing \(interest.sharedAreas.map(\.name).joined(separator: ", "))"))
        } else {
            lines.append("no interest high point: its Holland code would be arbitrary, so C is left out")
        }
        for gap in (fit.skills?.gaps ?? []).prefix(3) {
            let name = catalog.skill(gap.skill)?.name ?? gap.skill
            let course = gap.training.map { " -> \($0.name), \($0.provider)\($0.free ? ", free" : "")" } ?? ""
            let level =
                gap.studentLevel > 0
                ? "level \(String(format: "%.1f", gap.studentLevel)) of \(String(format: "%.1f", gap.requiredLevel))"
                : "not rated, needs level \(String(format: "%.1f", gap.requiredLevel))"
            lines.append(
                "to learn: \(name) (\(level); costs \(String(format: "%.1f", gap.readinessLost)) points)\(course)")
        }
        if let education = fit.education, education != .meets {
            lines.append(
                "education: Job Zone \(fit.career.jobZone) is \(education == .oneStepShort ? "one step" : "two or more steps") beyond the plans"
            )
        }
        return lines
    }

    static func shapeWords(_ shape: InterestShape) -> String {
        switch shape {
        case .differentiated: "clearly differentiated"
        case .nearlyFlat: "nearly flat (matches are tentative)"
        case .flat: "flat (left out of the fit; retaking the Interest Profiler may help)"
        case .codeOnly: "given as a Holland code only (matched on C alone)"
        }
    }

    static func whole(_ value: Double) -> String { String(Int(value.rounded())) }
}

import CareerInput
import CareerModel
import Foundation
import Questionnaire

/// A form's export read and scored for a batch, its students findable by id or email.
struct FormAnswers: Sendable {
    /// The export's path as the user gave it.
    let path: String
    /// Every row scored (or why not).
    let scoring: FormScoring
    private let byID: [String: ScoredStudent]
    private let byEmail: [String: ScoredStudent]

    /// Reads and scores the export at `path`; throws when the file as a whole can't be used.
    init(path: String, catalog: Catalog, numbers: AnswerNumbers?) throws(RosterError) {
        self.path = path
        do {
            let section = try? SelfRatingSection.load(vocabulary: catalog.skills)
            scoring = try FormScoring(table: try ResponseFile.read(path: path), section: section, numbers: numbers)
        } catch {
            throw RosterError(error)
        }
        byID = Dictionary(
            scoring.students.compactMap { student in student.respondent.id.map { ($0, student) } },
            uniquingKeysWith: { first, _ in first })
        byEmail = Dictionary(
            scoring.students.compactMap { student in student.respondent.email.map { ($0.lowercased(), student) } },
            uniquingKeysWith: { first, _ in first })
    }

    /// The answers of the student with `id` or, failing that, `email`.
    func find(id: String, email: String?) -> ScoredStudent? {
        byID[id] ?? email.flatMap { byEmail[$0.lowercased()] }
    }

    /// How the export was read (columns matched, not matched, duplicated; encoding), to show once.
    var warnings: [String] { scoring.summary }

    /// The fingerprint of the export's answers (its respondents, lines and scores).
    var fingerprint: UInt64 {
        var hasher = StableFingerprint()
        for student in scoring.students {
            hasher.add("\(student.line)|\(student.respondent.id ?? "")|\(student.scoring.answers)")
        }
        return hasher.value
    }

    /// Rows of the export that can't be used, as manifest errors.
    var problems: [RosterEntry] {
        scoring.problems.map { problem in
            RosterEntry(
                file: problem.file, row: problem.line, id: nil,
                outcome: .error(problem.field.isEmpty ? problem.message : "\(problem.field): \(problem.message)"))
        }
    }

    /// What becomes of `student`: not matched (with the reason), or the profile the report is made
    /// from, its interests, skills and plans from the answers and the rest from `base`.
    func outcome(_ student: ScoredStudent, base: StudentProfile) -> RosterEntry.Outcome {
        if let reason = student.notMatchedReason { return .notMatched(reason) }
        guard let interests = student.interests else { return .notMatched("not matched: no interest scores") }
        var profile = base
        profile.interests = interests
        profile.skills.merge(student.skills) { _, answered in answered }
        profile.plans = student.plans ?? base.plans
        profile.answers = student.record(file: path)
        // The counselor's side of each flag, in the manifest beside the report.
        var notes = student.flags.map { "answers \($0.rawValue): \($0.record.counselor["en"] ?? "")" }
        if !student.scoring.prorated.isEmpty {
            notes.append(
                "answers: one missing answer prorated in \(student.scoring.prorated.map(\.name).joined(separator: ", "))")
        }
        return .student(profile, warnings: notes)
    }
}

/// FNV-1a over text, the same on every machine and run (Swift's `Hasher` is seeded per process).
struct StableFingerprint {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
}

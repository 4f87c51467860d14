import CareerInput
import CareerModel
import Diagnostics
import Foundation
import Questionnaire

/// A form's export read and scored for a batch, its students findable by id or email.
struct FormAnswers: RosterAnswers {
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
    var warnings: [Diagnostic] { scoring.summary }

    /// The fingerprint of the export's answers (its respondents, lines and scores).
    var fingerprint: UInt64 {
        var hasher = StableFingerprint()
        for student in scoring.students {
            hasher.add("\(student.line)|\(student.respondent.id ?? "")|\(student.scoring.answers)")
        }
        return hasher.value
    }

    /// Answers whose student is neither among `ids` nor `emails` (lower-cased) of the roster
    /// `roster`, as manifest errors on their row of the export.
    func unjoined(ids: Set<String>, emails: Set<String>, roster: String) -> [RosterEntry] {
        scoring.students.compactMap { student in
            if let id = student.respondent.id, ids.contains(id) { return nil }
            if let email = student.respondent.email?.lowercased(), emails.contains(email) { return nil }
            let who = student.respondent.id.map { "student \($0)" } ?? "this row's student"
            return RosterEntry(
                file: path, row: student.line, id: nil,
                outcome: .rowError(
                    "\(who) answered the form but is not on the roster \(roster) (looked up by id and by email); add them to the roster, or correct the id or email"
                ))
        }
    }

    /// True when `path` is a form's export rather than OneRoster's responses CSV: a workbook, or
    /// a CSV with neither a `sourcedId` column nor the roster's score columns (`R` ... `C`,
    /// `holland_code`, `plans`).
    static func isFormExport(_ path: String) -> Bool {
        if path.lowercased().hasSuffix(".xlsx") { return true }
        guard let file = try? CSVFile(path: path) else { return false }
        let columns = file.header.map { $0.lowercased() }
        return !columns.isEmpty && !columns.contains("sourcedid")
            && !columns.contains(where: RosterColumns.answers.contains)
    }

    /// Rows of the export that can't be used, as manifest errors.
    var problems: [RosterEntry] {
        scoring.problems.map { problem in
            RosterEntry(
                file: problem.file, row: problem.line, id: nil,
                outcome: .rowError(problem.field.isEmpty ? problem.message : "\(problem.field): \(problem.message)"))
        }
    }

    /// What becomes of `student`: not matched (with the reason), or the profile the report is made
    /// from, its interests, skills and plans from the answers and the rest from `base`.
    func outcome(_ student: ScoredStudent, base: StudentProfile) -> RosterEntry.Outcome {
        if let reason = student.notMatchedReason { return .notMatched(.answersNotMatched(reason: reason)) }
        guard let interests = student.interests else {
            return .notMatched(.answersNotMatched(reason: "not matched: no interest scores"))
        }
        var profile = base
        profile.interests = interests
        profile.skills.merge(student.skills) { _, answered in answered }
        profile.plans = student.plans ?? base.plans
        profile.answers = student.record(file: path)
        // The counselor's side of each flag, in the manifest beside the report.
        var notes = student.flags.map {
            Diagnostic.warning(
                .questionnaire($0.record.counselor["en"] ?? ""), at: Location(field: "answers \($0.rawValue)"))
        }
        if !student.scoring.prorated.isEmpty {
            notes.append(
                .warning(
                    .questionnaire(
                        "one missing answer prorated in \(student.scoring.prorated.map(\.name).joined(separator: ", "))"
                    ),
                    at: Location(field: "answers")))
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

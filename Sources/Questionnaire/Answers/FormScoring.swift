import CareerInput
import CareerModel
import Diagnostics
import Foundation

/// A whole export scored: its columns matched to the questions, every respondent's answers read,
/// scored and flagged. A row that can't be used is a problem naming its file, row and column;
/// it never stops the other rows.
public struct FormScoring: Sendable {
    /// The export as read.
    public var table: ResponseTable
    /// Which columns answered which questions.
    public var matching: ColumnMatching
    /// One result per usable row, in file order.
    public var students: [ScoredStudent]
    /// Rows that can't be used, and lines the reader could not read.
    public var problems: [InputError]

    /// Scores every row of `table` against the built-in forms (`form` to insist on one) and
    /// `section`'s questions; `numbers` says how numeric answers map onto the answer scale.
    ///
    /// Throws an ``InputError`` for the file when no column is an Interest Profiler item.
    public init(
        table: ResponseTable, form: InterestForm? = nil, section: SelfRatingSection?, numbers: AnswerNumbers?
    ) throws(InputError) {
        self.table = table
        let forms = form.map { [$0] } ?? InterestForm.allCases
        let instruments: [Instrument]
        do {
            instruments = try forms.map { try Instrument.load($0) }
        } catch {
            throw InputError(file: table.file, message: "\(error)")
        }
        matching = ColumnMatching(columns: table.columns, instruments: instruments, section: section)
        guard !matching.itemColumns.isEmpty else {
            let headings = table.columns.prefix(3).map { "'\($0.heading.prefix(40))'" }.joined(separator: ", ")
            throw InputError(
                file: table.file, line: table.format == .long ? 0 : 1,
                message:
                    table.rows.isEmpty && table.columns.isEmpty
                    ? "the export has no questions and no answers; export the form's responses again"
                    : "no column is a question of the Interest Profiler (the columns start \(headings)); head the columns with the item ids (ipsf-01 ...) or the items' text as `career-report questionnaire --format csv` lists them"
            )
        }
        guard !table.rows.isEmpty else {
            throw InputError(
                file: table.file,
                message: "the export has the questions but no answers yet; export it again once students have answered")
        }
        problems = table.problems
        students = []
        let reader = AnswerReading(scale: matching.instrument.answerScale, numbers: numbers)
        var seen: [String: Int] = [:]
        for row in table.rows {
            let who = row.respondent.id ?? row.respondent.email?.lowercased()
            if let who, let first = seen[who] {
                problems.append(
                    InputError(
                        file: table.file, line: row.line,
                        message:
                            "student \(row.respondent.id ?? "with this email") answered twice (also on row \(first)); the answers on row \(first) were used. Delete the row that should not count"
                    ))
                continue
            }
            if let who { seen[who] = row.line }
            switch ScoredStudent.read(row, matching: matching, reader: reader, section: section, file: table.file) {
            case .success(let student): students.append(student)
            case .failure(let problem): problems.append(problem)
            }
        }
    }

    /// The lines that tell the user how the file was read (see ``ColumnMatching/summary(file:)``).
    public var summary: [Diagnostic] {
        [
            .note(
                .questionnaire(
                    "read as \(table.format.rawValue): \(table.rows.count) response\(table.rows.count == 1 ? "" : "s")"),
                at: Location(file: table.file))
        ]
            + matching.summary(file: table.file) + table.warnings.map(\.diagnostic)
    }
}

/// One respondent's answers, scored.
public struct ScoredStudent: Sendable {
    /// The line or row the respondent's answers start on.
    public var line: Int
    /// Who answered, as the export says.
    public var respondent: Respondent
    /// The interest scores (or why there are none).
    public var scoring: InterestScoring
    /// Quality flags, most serious first.
    public var flags: [QualityFlag]
    /// Skill self-ratings 1-5 by skill key, from the form's own section.
    public var skills: [String: Int]
    /// The education plan, from the form's own section.
    public var plans: EducationPlan?
    /// Seconds from start to completion, when the export has both.
    public var seconds: Double?

    /// The interests to assess, or `nil` when careers must not be matched (incomplete answers, or
    /// a flag such as every answer the same); ``notMatchedReason`` says why.
    public var interests: StudentInterests? {
        guard notMatchedReason == nil, let scores = scoring.scores else { return nil }
        return .scores(scores, scale: scoring.instrument.interestScale)
    }

    /// Why careers are not matched for this student, or `nil`.
    public var notMatchedReason: String? {
        if let reason = scoring.incompleteReason { return reason }
        if flags.contains(.allSame) {
            return
                "not matched: every answer is the same, so the answers show no interests; ask the student to take the questionnaire again"
        }
        return nil
    }

    /// Where the scores came from, for the report.
    public func record(file: String) -> AnswerRecord {
        let instrument = scoring.instrument
        return AnswerRecord(
            form: instrument.source.name, attribution: instrument.source.attribution,
            file: URL(fileURLWithPath: file).lastPathComponent,
            day: respondent.finished.map { $0.formatted(.iso8601.year().month().day()) },
            answered: scoring.answered, items: instrument.items.count, prorated: scoring.prorated,
            flags: flags.map(\.record))
    }

    /// Reads one row's answers; the first answer that can't be read fails the row, naming its place.
    static func read(
        _ row: ResponseRow, matching: ColumnMatching, reader: AnswerReading, section: SelfRatingSection?,
        file: String
    ) -> Result<ScoredStudent, InputError> {
        var answers: [String: Int] = [:]
        var skills: [String: Int] = [:]
        var plans: EducationPlan?
        var unreadable: [InputError] = []
        for match in matching.matches {
            guard let cell = row.cells[match.index] else { continue }
            func fail(_ problem: AnswerProblem) {
                unreadable.append(
                    InputError(
                        file: file, line: cell.line, column: match.column.number,
                        field: "column \(match.column.letter) (\(match.target.id))", message: problem.reason))
            }
            switch match.target {
            case .item(let id):
                switch reader.interestScore(cell.text) {
                case .success(let score): answers[id] = score
                case .failure(let problem): fail(problem)
                }
            case .skill(let key):
                guard let section else { continue }
                switch reader.skillRating(cell.text, levels: section.levels) {
                case .success(let rating): skills[key] = rating
                case .failure(let problem): fail(problem)
                }
            case .plans:
                guard let section else { continue }
                switch reader.plan(cell.text, question: section.plans) {
                case .success(let plan): plans = plan
                case .failure(let problem): fail(problem)
                }
            }
        }
        if var first = unreadable.first {
            if unreadable.count > 1 {
                first.message +=
                    " (and \(unreadable.count - 1) more answer\(unreadable.count == 2 ? "" : "s") on this row)"
            }
            return .failure(first)
        }
        let scoring = InterestScoring(answers: answers, instrument: matching.instrument)
        var seconds: Double?
        if let start = row.respondent.started, let end = row.respondent.finished, end >= start {
            seconds = end.timeIntervalSince(start)
        }
        return .success(
            ScoredStudent(
                line: row.line, respondent: row.respondent, scoring: scoring,
                flags: QualityFlag.flags(for: scoring, seconds: seconds), skills: skills, plans: plans,
                seconds: seconds))
    }
}

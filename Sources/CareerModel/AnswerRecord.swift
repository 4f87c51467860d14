/// Where a student's interest scores came from when CareerReport scored their questionnaire
/// answers itself: which form, which file, when, how many answers, and what to keep in mind.
///
/// Shown in the report ("Where your scores come from") so a student and counselor know what the
/// scores rest on.
public struct AnswerRecord: Sendable, Equatable {
    /// The instrument's name, for example "O*NET Interest Profiler Short Form".
    public var form: String
    /// The instrument's attribution, word for word.
    public var attribution: String
    /// The answers file's name (without its folder).
    public var file: String
    /// The day the form was sent, `YYYY-MM-DD`, when the export says.
    public var day: String?
    /// Interest items answered.
    public var answered: Int
    /// Interest items on the form.
    public var items: Int
    /// Areas whose one missing answer was filled in from the area's other answers.
    public var prorated: [RIASEC]
    /// Things about the answers to keep in mind, each explained in plain words.
    public var flags: [AnswerFlag]

    /// Creates a record.
    public init(
        form: String, attribution: String, file: String, day: String?, answered: Int, items: Int,
        prorated: [RIASEC] = [], flags: [AnswerFlag] = []
    ) {
        self.form = form
        self.attribution = attribution
        self.file = file
        self.day = day
        self.answered = answered
        self.items = items
        self.prorated = prorated
        self.flags = flags
    }
}

/// A quality flag on a student's answers, explained for the student and for the counselor, in
/// English and Spanish.
public struct AnswerFlag: Sendable, Equatable {
    /// The flag's stable code, such as `all_same` (docs/questionnaire.md, "Quality flags").
    public var code: String
    /// What it means for the student, by language (`en`, `es`).
    public var student: [String: String]
    /// What the counselor should know or do, by language (`en`, `es`).
    public var counselor: [String: String]

    /// Creates a flag.
    public init(code: String, student: [String: String], counselor: [String: String]) {
        self.code = code
        self.student = student
        self.counselor = counselor
    }
}

import CareerModel
import Diagnostics
import Questionnaire
import ReportPipeline

/// What the user asked a batch to do, its options already read (the files are checked by ``BatchJob``).
public struct BatchSettings: Sendable {
    /// A roster CSV, or a OneRoster folder or zip.
    public var roster: String
    /// The students' answers: with a roster CSV, a form's export joined by id or email; with
    /// OneRoster, the answers CSV joined by sourcedId.
    public var responses: String?
    /// How numbers in a form's export map onto answers, or `nil` for labels only.
    public var numbers: AnswerNumbers?
    /// With OneRoster: the class whose students to report on.
    public var classID: String?
    /// With OneRoster: the school whose students to report on.
    public var school: String?
    /// The scale of interest scores in rows without `interest_scale`.
    public var interestScale: InterestScale
    /// The formats to write, in the order they are written.
    public var formats: [OutputFormat]
    /// The output folder.
    public var out: String
    /// Reports made at the same time.
    public var jobs: Int
    /// The part of the roster this run makes (``Shard/whole`` for all of it).
    public var shard: Shard
    /// Keep up-to-date reports.
    public var resume: Bool
    /// Also write `reports.zip`.
    public var zip: Bool
    /// The templates folder, or `nil` to find it.
    public var templates: String?
    /// A student report template instead of `student-report.xml`.
    public var template: String?
    /// A catalog file instead of the built-in catalog.
    public var catalog: String?
    /// Sender, recipient and attachment of `.eml` reports.
    public var email: EmailSettings
    /// Fail a PDF that would leave out a character instead of warning.
    public var strictGlyphs: Bool

    /// Creates settings.
    public init(
        roster: String, responses: String? = nil, classID: String? = nil, school: String? = nil,
        interestScale: InterestScale = .ip60, formats: [OutputFormat] = [.pdf, .html], out: String = "out",
        jobs: Int = 1, shard: Shard = .whole, resume: Bool = false, zip: Bool = false, templates: String? = nil,
        template: String? = nil, catalog: String? = nil, email: EmailSettings = EmailSettings(),
        strictGlyphs: Bool = false, numbers: AnswerNumbers? = nil
    ) {
        self.numbers = numbers
        self.roster = roster
        self.responses = responses
        self.classID = classID
        self.school = school
        self.interestScale = interestScale
        self.formats = formats
        self.out = out
        self.jobs = jobs
        self.shard = shard
        self.resume = resume
        self.zip = zip
        self.templates = templates
        self.template = template
        self.catalog = catalog
        self.email = email
        self.strictGlyphs = strictGlyphs
    }
}

/// Where a batch tells its user what happened: ids and counts only, never a name.
public struct BatchConsole: Sendable {
    /// Results (standard output).
    public var info: @Sendable (String) -> Void
    /// Problems, warnings and notes, worded by whoever shows them (standard error).
    public var report: @Sendable (Diagnostic) -> Void

    /// Creates a console from two printers.
    public init(info: @escaping @Sendable (String) -> Void, report: @escaping @Sendable (Diagnostic) -> Void) {
        self.info = info
        self.report = report
    }
}

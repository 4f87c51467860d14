import Assessment
import CareerModel
import Diagnostics
import Foundation
import HTMLRenderer
import PDFRenderer
import ReportDocument
import ReportTemplates

/// What the class summary needs to know about one assessed student: small enough to keep for
/// a whole district, and written to the batch manifest so shards can be summarised together.
public struct StudentSummary: Sendable, Codable, Equatable {
    /// The student's id (never a name).
    public var id: String
    /// The Holland code, up to three letters, strongest first (`AES`).
    public var hollandCode: String
    /// Titles of the best-fit careers, best first (at most ``careerCount``).
    public var topCareers: [String]
    /// Names of the skills the student most needs for those careers, most needed first.
    public var skillGaps: [String]

    /// How many best-fit careers a summary keeps.
    public static let careerCount = 3

    /// Creates a summary from its parts.
    public init(id: String, hollandCode: String, topCareers: [String], skillGaps: [String]) {
        self.id = id
        self.hollandCode = hollandCode
        self.topCareers = topCareers
        self.skillGaps = skillGaps
    }

    /// The summary of `assessment`: its code, best three careers, and the skills those careers
    /// most need that the student lacks (each skill once, in the careers' order of need).
    public init(_ assessment: StudentAssessment, catalog: Catalog) {
        let top = assessment.careers.prefix(Self.careerCount)
        var gaps: [String] = []
        for fit in top {
            for gap in fit.skills?.gaps ?? [] {
                let name = catalog.skill(gap.skill)?.name ?? gap.skill
                if !gaps.contains(name) { gaps.append(name) }
            }
        }
        self.init(
            id: assessment.profile.id, hollandCode: assessment.profile.interests.hollandCode.code,
            topCareers: top.map(\.career.title), skillGaps: Array(gaps.prefix(5)))
    }
}

/// The data the class summary template binds: counts over a class's students, built one
/// student at a time so no report (and no name) needs to be kept. docs/batch.md lists the paths.
public struct ClassSummaryData: Sendable {
    /// Students on the roster (or in the selection), whatever became of them.
    public private(set) var classSize = 0
    /// Students who opted out.
    public private(set) var optedOut = 0
    /// Rows that could not be used.
    public private(set) var errors = 0
    /// Ids of students with no interest results.
    public private(set) var notAssessed: [String] = []
    private var assessed = 0
    private var firstLetters: [RIASEC: Int] = [:]
    private var codes: [String: Int] = [:]
    private var careers: [String: Int] = [:]
    private var bestCareers: [String: Int] = [:]
    private var gaps: [String: Int] = [:]

    /// How many entries the "most common" lists show.
    public static let listLength = 8

    /// An empty class.
    public init() {}

    /// The name templates give this data model: `<report data="class">`.
    public static let modelName = "class"

    /// The shape of ``value(date:)``: every path a class summary template may use
    /// (docs/batch.md lists them); templates are checked against it before anything is rendered.
    public static let shape: ReportShape = {
        let counted = { (key: String) in ReportShape.list(.record([key: .text, "count": .number, "share": .number])) }
        return .record([
            "report": .record(["date": .text, "generator": .text]),
            "class": .record([
                "size": .number, "assessed": .number, "not_assessed_count": .number, "opted_out": .number,
                "errors": .number,
            ]),
            "holland": .record([
                "first_letters": .list(
                    .record([
                        "letter": .text, "name": .text, "count": .number, "share": .number, "percent": .number,
                    ])),
                "top_codes": counted("code"),
            ]),
            "careers": counted("title"),
            "best_careers": counted("title"),
            "skill_gaps": counted("skill"),
            "not_assessed": .list(.text),
        ])
    }()

    /// Counts an assessed student.
    public mutating func add(_ student: StudentSummary) {
        classSize += 1
        assessed += 1
        if let letter = student.hollandCode.first.flatMap({ RIASEC(rawValue: String($0)) }) {
            firstLetters[letter, default: 0] += 1
        }
        codes[student.hollandCode, default: 0] += 1
        for title in student.topCareers { careers[title, default: 0] += 1 }
        if let best = student.topCareers.first { bestCareers[best, default: 0] += 1 }
        for skill in student.skillGaps { gaps[skill, default: 0] += 1 }
    }

    /// Counts a student without interest results, listed by `id`.
    public mutating func addNotAssessed(id: String) {
        classSize += 1
        notAssessed.append(id)
    }

    /// Counts a student who opted out (not listed).
    public mutating func addOptedOut() {
        classSize += 1
        optedOut += 1
    }

    /// Counts a row that could not be used.
    public mutating func addError() {
        classSize += 1
        errors += 1
    }

    /// The tree the template binds, dated `date` (yyyy-mm-dd).
    public func value(date: String) -> ReportValue {
        let share = { (count: Int) in ReportValue.number(assessed == 0 ? 0 : Double(count) / Double(assessed)) }
        let counted = { (counts: [String: Int], key: String) -> ReportValue in
            .list(
                Self.mostCommon(counts).map {
                    .record([key: .string($0.key), "count": .number(Double($0.value)), "share": share($0.value)])
                })
        }
        return .record([
            "report": .record([
                "date": .string(date), "generator": .string("CareerReport \(CareerReportVersion.string)"),
            ]),
            "class": .record([
                "size": .number(Double(classSize)), "assessed": .number(Double(assessed)),
                "not_assessed_count": .number(Double(notAssessed.count)), "opted_out": .number(Double(optedOut)),
                "errors": .number(Double(errors)),
            ]),
            "holland": .record([
                "first_letters": .list(
                    RIASEC.allCases.map { area in
                        let count = firstLetters[area] ?? 0
                        return .record([
                            "letter": .string(area.rawValue), "name": .string(area.name),
                            "count": .number(Double(count)), "share": share(count),
                            "percent": .number(assessed == 0 ? 0 : (Double(count) * 100 / Double(assessed)).rounded()),
                        ])
                    }),
                "top_codes": counted(codes, "code"),
            ]),
            "careers": counted(careers, "title"),
            "best_careers": counted(bestCareers, "title"),
            "skill_gaps": counted(gaps, "skill"),
            "not_assessed": .list(notAssessed.sorted().map(ReportValue.string)),
        ])
    }

    /// The most frequent keys, most frequent first, ties in alphabetical order.
    private static func mostCommon(_ counts: [String: Int]) -> [(key: String, value: Int)] {
        Array(counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(listLength))
    }
}

/// The class summary template (`class-summary.xml` in the templates folder), loaded and checked
/// once, and rendered as `class-summary.pdf` and `class-summary.html`.
public struct ClassSummaryTemplate: Sendable {
    /// The file name of the template in the templates folder.
    public static let fileName = "class-summary.xml"
    /// The base name of the files it writes.
    public static let outputName = "class-summary"

    let template: ReportTemplate
    let session: RenderSession

    /// Loads `class-summary.xml` from `folder` and checks it against the session's schema, as
    /// the student report template is; it is rendered with the same session (theme and caches).
    public static func load(templatesFolder folder: URL, session: RenderSession) throws(PipelineError)
        -> ClassSummaryTemplate
    {
        do {
            let template = try ReportTemplate.load(
                contentsOf: folder.appendingPathComponent(fileName), schema: session.schema,
                dataModels: [ClassSummaryData.modelName: ClassSummaryData.shape])
            return ClassSummaryTemplate(template: template, session: session)
        } catch {
            throw PipelineError(.input, error.diagnostics.filter { $0.severity == .error }.map(\.diagnostic))
        }
    }

    /// The template's own warnings, to show once (as the student template's are).
    public var warnings: [Diagnostic] { template.warnings.map(\.diagnostic) }

    /// The summary as a PDF and an HTML file, in memory, with the pictures the HTML links to
    /// (each under its ``ReportImage/fileName``), and the PDF renderer's warnings.
    public func render(_ data: ClassSummaryData, date: ReportDate) throws(PipelineError) -> (
        files: [(name: String, bytes: [UInt8])], warnings: [Diagnostic]
    ) {
        let document: ReportDocument
        do {
            document = try template.bind(data.value(date: date.isoDay), theme: session.theme)
        } catch {
            throw PipelineError(.report, error.diagnostics.map(\.diagnostic))
        }
        let rendered = try session.render(
            document, formats: [.pdf, .html], options: PDFOptions(creationDate: date.date),
            at: Location(file: "\(Self.outputName).pdf"))
        let files: [(name: String, bytes: [UInt8])] = [
            ("\(Self.outputName).pdf", rendered.pdf ?? []), ("\(Self.outputName).html", rendered.html ?? []),
        ]
        return (files + document.images.map { ($0.fileName, $0.bytes) }, rendered.warnings)
    }
}

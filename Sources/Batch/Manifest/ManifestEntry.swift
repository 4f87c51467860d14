import ReportPipeline

/// What happened to one roster row: one line of `manifest.csv`, one entry of `manifest.json`.
public struct ManifestEntry: Sendable, Codable, Equatable {
    /// The three things that can become of a row.
    public enum Status: String, Sendable, Codable {
        /// Every report of the student was written (or was already up to date with `--resume`).
        case ok
        /// Nothing was made on purpose: the student opted out or has no interest results.
        case skipped
        /// The row can't be used; ``reason`` says why.
        case error
    }

    /// The student's id, or empty when the row has no usable one.
    public var id: String
    /// The file the row is in.
    public var file: String
    /// The 1-based line the row starts on.
    public var row: Int
    /// What became of the row.
    public var status: Status
    /// Paths of the files written for the student.
    public var outputs: [String]
    /// True when `--resume` found the outputs up to date and kept them.
    public var resumed: Bool
    /// Titles of the student's three best-fit careers, best first.
    public var topCareers: [String]
    /// The student's Holland code, for the class summary.
    public var hollandCode: String
    /// The skills the student most needs for those careers, for the class summary.
    public var skillGaps: [String]
    /// Notes that did not stop the report; they name the student by id only.
    public var warnings: [String]
    /// Why the row was skipped or failed.
    public var reason: String

    enum CodingKeys: String, CodingKey {
        case id, file, row, status, outputs, resumed, warnings, reason
        case topCareers = "top_careers"
        case hollandCode = "holland_code"
        case skillGaps = "skill_gaps"
    }

    /// Creates an entry for `file`'s row `row`.
    public init(
        id: String?, file: String, row: Int, status: Status, outputs: [String] = [], resumed: Bool = false,
        summary: StudentSummary? = nil, warnings: [String] = [], reason: String = ""
    ) {
        self.id = id ?? ""
        self.file = file
        self.row = row
        self.status = status
        self.outputs = outputs
        self.resumed = resumed
        topCareers = summary?.topCareers ?? []
        hollandCode = summary?.hollandCode ?? ""
        skillGaps = summary?.skillGaps ?? []
        self.warnings = warnings
        self.reason = reason
    }

    /// The reason a row was skipped because the student opted out.
    public static let optedOutReason = "opted out"
    /// The reason a row was skipped because the student has no interest results.
    public static let notAssessedReason = "not assessed: the row has no interest scores and no holland_code"

    /// The per-student summary kept for the class summary, for a row reported on.
    public var summary: StudentSummary? {
        status == .ok
            ? StudentSummary(id: id, hollandCode: hollandCode, topCareers: topCareers, skillGaps: skillGaps) : nil
    }

    /// Adds this row to a class summary.
    public func count(in data: inout ClassSummaryData) {
        switch status {
        case .ok: summary.map { data.add($0) }
        case .skipped where reason == Self.optedOutReason: data.addOptedOut()
        case .skipped: data.addNotAssessed(id: id)
        case .error: data.addError()
        }
    }
}

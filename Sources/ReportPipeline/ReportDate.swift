import Diagnostics
import Foundation

/// The date printed on reports: `SOURCE_DATE_EPOCH` when set (reproducible builds), else now.
public struct ReportDate: Sendable, Equatable {
    /// The moment the report is dated.
    public var date: Date
    /// True when the date came from `SOURCE_DATE_EPOCH`.
    public var isReproducible: Bool

    /// Reads `SOURCE_DATE_EPOCH` from `environment`; throws if it is set but not a whole number.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws(PipelineError) {
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int(epoch), seconds >= 0 else {
                throw .usage(.invalidSourceDateEpoch(epoch))
            }
            date = Date(timeIntervalSince1970: TimeInterval(seconds))
            isReproducible = true
        } else {
            date = Date()
            isReproducible = false
        }
    }

    /// The date as yyyy-mm-dd in UTC.
    public var isoDay: String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}

/// A combined fit put into words.
public enum FitBand: String, Sendable, Equatable, CaseIterable {
    /// 75 and over.
    case strong
    /// 60 to 74.
    case good
    /// 45 to 59.
    case fair
    /// Under 45: worth exploring only if something else draws the student.
    case exploratory

    /// The band of a fit 0-100.
    public init(fit: Double) {
        self = fit >= 75 ? .strong : fit >= 60 ? .good : fit >= 45 ? .fair : .exploratory
    }
}

/// The highest education a student plans to complete.
public enum EducationPlan: String, Sendable, Codable, CaseIterable {
    /// Finish high school.
    case highSchool = "high_school"
    /// A vocational certificate or apprenticeship.
    case certificate
    /// An associate's degree.
    case associate
    /// A bachelor's degree.
    case bachelor
    /// A master's degree.
    case master
    /// A doctorate or professional degree.
    case doctorate

    /// The O*NET Job Zone (1-5) this plan prepares for: the preparation most occupations
    /// in that zone need.
    public var jobZone: Int {
        switch self {
        case .highSchool: 2
        case .certificate: 3
        case .associate: 3
        case .bachelor: 4
        case .master: 5
        case .doctorate: 5
        }
    }

    /// How the plan reads in a sentence: "a bachelor's degree".
    public var phrase: String {
        switch self {
        case .highSchool: "a high school diploma"
        case .certificate: "a vocational certificate"
        case .associate: "an associate's degree"
        case .bachelor: "a bachelor's degree"
        case .master: "a master's degree"
        case .doctorate: "a doctorate"
        }
    }
}

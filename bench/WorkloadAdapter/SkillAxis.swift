/// The catalog laid out along its skill axis once, so scoring a student reads arrays instead of
/// looking every career's weights up by skill name.
public struct SkillAxis: Sendable {
    /// Skill ids, in axis order.
    public let ids: [String]
    /// Skill labels, in axis order.
    public let labels: [String]
    /// Each career's weights in axis order (0 for a skill it does not weigh), in catalog order.
    public let careerWeights: [[Int]]
    /// The length of each career's weight vector, in catalog order.
    public let careerNorms: [Double]

    /// The axis of `skills`, with the weights of `careers` along it.
    init(skills: [WorkloadCatalog.Skill], careers: [WorkloadCatalog.Career]) {
        let ids = skills.map(\.id)
        self.ids = ids
        labels = skills.map(\.label)
        careerWeights = careers.map { career in ids.map { career.weights[$0] ?? 0 } }
        careerNorms = careerWeights.map { Double($0.reduce(0) { $0 + $1 * $1 }).squareRoot() }
    }

    /// The student's level of every skill, in axis order (0 for a skill they did not rate).
    public func levels(of student: WorkloadStudent) -> [Int] {
        ids.map { student.levels[$0] ?? 0 }
    }
}

/// The content of one student's workload report, computed exactly as the workload's normative
/// `model.py` does (cosine fit, ranking, missing skills, strengths, certifications, texts).
public struct WorkloadReport: Sendable, Equatable {
    /// One career's fit.
    public struct Fit: Sendable, Equatable {
        /// Career title.
        public var title: String
        /// `100 * dot / (|s| * |w|)`.
        public var score: Double
        /// Skills the career weighs 3+ that the student has below 3, at most three, as labels.
        public var missing: [String]
        /// The score as `%.1f`.
        public var scoreText: String { OneDecimal.text(score) }
    }

    /// Student id.
    public var id: String
    /// `first last`.
    public var fullName: String
    /// Title line.
    public var title: String
    /// Subtitle line.
    public var subtitle: String
    /// The top eight careers, best first.
    public var top8: [Fit]
    /// Up to five certifications.
    public var certifications: [String]
    /// The three introduction paragraphs.
    public var intro: [String]
    /// Questions and answers.
    public var faq: [(question: String, answer: String)]
    /// Footer text.
    public var footer: String

    public static func == (a: WorkloadReport, b: WorkloadReport) -> Bool {
        a.id == b.id && a.top8 == b.top8 && a.intro == b.intro && a.certifications == b.certifications
    }

    /// Computes the report for `student` against `catalog`.
    public init(_ student: WorkloadStudent, catalog: WorkloadCatalog) {
        let axis = catalog.axis
        let levels = axis.levels(of: student)
        let studentNorm = Double(levels.reduce(0) { $0 + $1 * $1 }).squareRoot()
        var scored: [(score: Double, index: Int, fit: Fit)] = []
        for (index, career) in catalog.careers.enumerated() {
            let weights = axis.careerWeights[index]
            let dot = zip(levels, weights).reduce(0) { $0 + $1.0 * $1.1 }
            let score = studentNorm != 0 ? 100.0 * Double(dot) / (studentNorm * axis.careerNorms[index]) : 0.0
            let missing = weights.indices
                .filter { weights[$0] >= 3 && levels[$0] < 3 }
                .sorted { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : $0 < $1 }
                .prefix(3).map { axis.labels[$0] }
            scored.append((score, index, Fit(title: career.title, score: score, missing: missing)))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        let top = scored.prefix(8)
        top8 = top.map(\.fit)
        var certificates: [String] = []
        for entry in top {
            for name in catalog.careers[entry.index].certifications
            where !certificates.contains(name) && certificates.count < 5 {
                certificates.append(name)
            }
        }
        certifications = certificates
        let strengths = levels.indices.filter { levels[$0] > 0 }
            .sorted { levels[$0] != levels[$1] ? levels[$0] > levels[$1] : $0 < $1 }
            .prefix(3).map { axis.labels[$0] }
        id = student.id
        fullName = "\(student.firstName) \(student.lastName)"
        let context: [String: String] = [
            "id": student.id, "first_name": student.firstName, "full_name": fullName, "grade": student.grade,
            "email": student.email, "n_careers": String(catalog.careers.count),
            "strengths": strengths.joined(separator: ", "),
            "interests": student.interests.filter { !$0.isEmpty }.joined(separator: ", "),
            "top1": top8[0].title, "top1_score": top8[0].scoreText, "top2": top8[1].title, "top3": top8[2].title,
        ]
        let texts = catalog.report
        title = Self.fill(texts.title, context)
        subtitle = Self.fill(texts.subtitle, context)
        intro = texts.intro.map { Self.fill($0, context) }
        faq = texts.faq.map { (Self.fill($0.q, context), Self.fill($0.a, context)) }
        footer = Self.fill(texts.footer_left, context)
    }

    /// The workload's canonical dump (`model.py --dump`), for checking against expected_dump.tsv.
    public func dump(missingNone: String) -> String {
        var text = "\(id)\t\(fullName)\n"
        for fit in top8 { text += "  fit\t\(fit.title)\t\(fit.scoreText)\n" }
        for (rank, fit) in top8.prefix(5).enumerated() {
            text +=
                "  top5\t\(rank + 1)\t\(fit.title)\t\(fit.scoreText)\t\(fit.missing.isEmpty ? missingNone : fit.missing.joined(separator: ", "))\n"
        }
        for name in certifications { text += "  cert\t\(name)\n" }
        return text + "  intro2\t\(intro[1])\n"
    }

    /// Python's `str.format_map` for the simple `{name}` placeholders the workload uses.
    static func fill(_ template: String, _ context: [String: String]) -> String {
        var template = template
        return template.withUTF8 { bytes in
            // Braces are ASCII, so the pieces between them are whole UTF-8 text.
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 64)
            var rest = 0
            while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "{")),
                let close = bytes[open...].firstIndex(of: UInt8(ascii: "}"))
            {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[rest..<open]))
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[open + 1..<close]), as: UTF8.self)
                if let value = context[key] {
                    output.append(contentsOf: value.utf8)
                } else {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[open...close]))
                }
                rest = close + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[rest...]))
            return String(decoding: output, as: UTF8.self)
        }
    }
}

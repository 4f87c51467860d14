/// What we know about one student: who they are, their interests, skills and plans.
public struct StudentProfile: Sendable, Equatable {
    /// The school's id for the student; names output files, logs and progress lines.
    public var id: String
    /// The student's name, shown only inside the report itself.
    public var name: StudentName
    /// School grade (for example 11), if known.
    public var grade: Int?
    /// Where an emailed report goes, if known.
    public var email: String?
    /// Interest scores or a Holland code.
    public var interests: StudentInterests
    /// Self-ratings 1-5 by skill key (keys from the catalog's skill vocabulary).
    public var skills: [String: Int]
    /// The highest education the student plans, if known.
    public var plans: EducationPlan?
    /// Where the interest scores came from, when CareerReport scored the student's answers.
    public var answers: AnswerRecord?

    /// Creates a profile.
    public init(
        id: String, name: StudentName, grade: Int? = nil, email: String? = nil,
        interests: StudentInterests, skills: [String: Int] = [:], plans: EducationPlan? = nil,
        answers: AnswerRecord? = nil
    ) {
        self.id = id
        self.name = name
        self.grade = grade
        self.email = email
        self.interests = interests
        self.skills = skills
        self.plans = plans
        self.answers = answers
    }
}

/// A student's name.
public struct StudentName: Sendable, Equatable {
    /// Given (first) name.
    public var given: String
    /// Family (last) name.
    public var family: String
    /// The name the student goes by, if different from the given name.
    public var preferred: String?

    /// Creates a name.
    public init(given: String, family: String, preferred: String? = nil) {
        self.given = given
        self.family = family
        self.preferred = preferred
    }

    /// The name to address the student by: preferred, else given.
    public var callName: String { preferred ?? given }

    /// Call name and family name, for example "José Müller".
    public var fullName: String { [callName, family].filter { !$0.isEmpty }.joined(separator: " ") }
}

/// A student's interests: six scores on a known scale, or only a Holland code.
public enum StudentInterests: Sendable, Equatable {
    /// Six RIASEC scores on `scale`.
    case scores(InterestScores, scale: InterestScale)
    /// One to three RIASEC letters, strongest first, when no scores are known.
    case hollandCode([RIASEC])

    /// The student's Holland code (up to three letters, strongest first).
    public var hollandCode: [RIASEC] {
        switch self {
        case .scores(let scores, _): scores.hollandCode
        case .hollandCode(let code): code
        }
    }
}

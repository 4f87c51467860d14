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

/// A student's name, written the way its owner writes it.
public struct StudentName: Sendable, Equatable {
    /// Given (first) name.
    public var given: String
    /// Family (last) name.
    public var family: String
    /// The name the student goes by, if different from the given name.
    public var preferred: String?
    /// Which part comes first; `nil` to decide by script (see ``order``).
    public var statedOrder: NameOrder?
    /// The whole name exactly as the student writes it, if given; it replaces the joined parts.
    public var display: String?

    /// Creates a name.
    public init(
        given: String, family: String, preferred: String? = nil, order: NameOrder? = nil, display: String? = nil
    ) {
        self.given = given
        self.family = family
        self.preferred = preferred
        self.statedOrder = order
        self.display = display
    }

    /// The name to address the student by: preferred, else given.
    public var callName: String { preferred ?? given }

    /// The order the parts are written in: the stated one, else family first when the call name
    /// and the family name are both written in Chinese, Japanese or Korean script, else given first.
    public var order: NameOrder {
        statedOrder ?? (NameScript.isCJK(callName) && NameScript.isCJK(family) ? .familyFirst : .givenFirst)
    }

    /// The whole name, the one rule for every place that shows it (the report, an email's `To:`):
    /// the display name if given, else the call name and the family name in ``order``, joined by a
    /// space, or by nothing when both are in CJK script. "José Müller", "王小明".
    public var fullName: String {
        if let display { return display }
        let parts = (order == .familyFirst ? [family, callName] : [callName, family]).filter { !$0.isEmpty }
        let separator = parts.allSatisfy(NameScript.isCJK) ? "" : " "
        return parts.joined(separator: separator)
    }
}

/// Which part of a name is written first.
public enum NameOrder: String, Sendable, Equatable, CaseIterable {
    /// Given name, then family name: "José Müller".
    case givenFirst = "given_first"
    /// Family name, then given name: "王小明", "Nagy István".
    case familyFirst = "family_first"
}

/// Which names are written in Chinese, Japanese or Korean script, where the family name comes
/// first and no space separates the parts.
public enum NameScript {
    /// Whether `text` has letters and every one is Han, kana or Hangul (spaces and the katakana
    /// middle dot are allowed).
    public static func isCJK(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            guard cjkRanges.contains(where: { $0.contains(scalar.value) }) else { return false }
            letters += 1
        }
        return letters > 0
    }

    /// Han ideographs (with extensions, compatibility ideographs and the iteration mark 々),
    /// hiragana, katakana (with the half-width forms) and Hangul.
    static let cjkRanges: [ClosedRange<UInt32>] = [
        0x1100...0x11FF, 0x3005...0x3005, 0x3040...0x30FF, 0x3130...0x318F, 0x31F0...0x31FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA960...0xA97F, 0xAC00...0xD7AF, 0xD7B0...0xD7FF, 0xF900...0xFAFF, 0xFF66...0xFF9F,
        0x20000...0x3134F,
    ]
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

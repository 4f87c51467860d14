import CareerModel

/// How numbers in an export map onto the Interest Profiler's answers, when a file holds numbers
/// instead of labels. There is no default: a `3` means Like on a 0-4 sheet and Unsure on a 1-5 one.
public enum AnswerNumbers: String, Sendable, CaseIterable {
    /// 0 Strongly Dislike ... 4 Strongly Like (the scoring's own values).
    case zeroToFour = "0-4"
    /// 1 Strongly Dislike ... 5 Strongly Like (as many forms number five choices).
    case oneToFive = "1-5"

    /// The score of the answer numbered `number`, or `nil` outside the numbering.
    func score(_ number: Int) -> Int? {
        switch self {
        case .zeroToFour: (0...4).contains(number) ? number : nil
        case .oneToFive: (1...5).contains(number) ? number - 1 : nil
        }
    }
}

/// Reads one answer of an export: an Interest Profiler label (English, or the Spanish of Mi Próximo
/// Paso), a number on an explicit ``AnswerNumbers`` scale, a 1-5 skill rating, or an education plan.
public struct AnswerReading: Sendable {
    /// The form's answers.
    public var scale: AnswerScale
    /// How numbers are read; `nil` when numbers are not accepted.
    public var numbers: AnswerNumbers?

    /// Spanish labels recognised for each score. They are read, never shown.
    static let spanishLabels: [Int: [String]] = [
        0: ["Me disgusta mucho", "Me desagrada mucho", "Muy en desacuerdo"],
        1: ["Me disgusta", "Me desagrada", "No me gusta"],
        2: ["No estoy seguro", "No estoy segura", "No estoy seguro/a", "No estoy seguro(a)", "Inseguro", "No sé"],
        3: ["Me gusta"],
        4: ["Me gusta mucho", "Me encanta"],
    ]

    /// Creates a reader.
    public init(scale: AnswerScale, numbers: AnswerNumbers?) {
        self.scale = scale
        self.numbers = numbers
    }

    /// The 0-4 score of an interest answer, or why `text` is not one.
    public func interestScore(_ text: String) -> Result<Int, AnswerProblem> {
        let key = HeadingText.key(text)
        if let answer = scale.answers.first(where: { HeadingText.key($0.label) == key }) {
            return .success(answer.value)
        }
        for (value, labels) in Self.spanishLabels where labels.contains(where: { HeadingText.key($0) == key }) {
            return .success(value)
        }
        let labels = scale.answers.map(\.label).joined(separator: ", ")
        if let number = Int(text.trimmingCharacters(in: .whitespaces)) {
            guard let numbers else {
                return .failure(
                    AnswerProblem(
                        "the answer is the number \(number); say how numbers map to answers with --numbers 0-4 (0 = Strongly Dislike) or --numbers 1-5 (1 = Strongly Dislike)"
                    ))
            }
            guard let score = numbers.score(number) else {
                return .failure(
                    AnswerProblem("\(number) is outside the \(numbers.rawValue) numbering given by --numbers"))
            }
            return .success(score)
        }
        return .failure(
            AnswerProblem(
                "'\(text.prefix(30))' is not an answer of the Interest Profiler; answers are \(labels) (or their Spanish: Me disgusta mucho ... Me gusta mucho). Make the form's choices these labels, or export numbers and give --numbers"
            ))
    }

    /// A 1-5 skill self-rating: `3`, `3 - Intermediate`, or a level's label in English or Spanish.
    public func skillRating(_ text: String, levels: [SelfRatingLevel]) -> Result<Int, AnswerProblem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let first = trimmed.first, let digit = first.wholeNumberValue,
            trimmed.count == 1 || !trimmed.dropFirst().first!.isNumber
        {
            guard (1...5).contains(digit) else {
                return .failure(AnswerProblem("\(digit) is not a rating; ratings run from 1 (beginner) to 5 (expert)"))
            }
            return .success(digit)
        }
        let key = HeadingText.key(trimmed)
        if let level = levels.first(where: {
            HeadingText.key($0.label.en) == key || HeadingText.key($0.label.es) == key
        }) {
            return .success(level.value)
        }
        return .failure(
            AnswerProblem(
                "'\(trimmed.prefix(30))' is not a rating; give 1 (beginner) to 5 (expert), or a level's name such as \(levels.map(\.label.en).joined(separator: ", "))"
            ))
    }

    /// An education plan: an option's wording (English or Spanish), its id, or a plan key (`bachelor`).
    public func plan(_ text: String, question: EducationPlansQuestion) -> Result<EducationPlan, AnswerProblem> {
        let key = HeadingText.key(text)
        for option in question.options
        where [option.id, option.plan.rawValue, option.label.en, option.label.es].contains(where: {
            HeadingText.key($0) == key
        }) {
            return .success(option.plan)
        }
        return .failure(
            AnswerProblem(
                "'\(text.prefix(30))' is not one of the education plans; use one of the form's options (\(question.options.map(\.label.en).joined(separator: "; ")))"
            ))
    }
}

/// Why an answer can't be read, and what to do.
public struct AnswerProblem: Error, Sendable, Equatable {
    /// What is wrong and what to do.
    public var reason: String

    /// Creates a problem.
    public init(_ reason: String) {
        self.reason = reason
    }
}

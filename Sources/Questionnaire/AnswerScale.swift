import Foundation

/// The five answers of the O*NET Interest Profiler, scored 0 (Strongly Dislike) to 4 (Strongly Like).
public struct AnswerScale: Sendable, Equatable {
    /// The answers in order, lowest score first.
    public var answers: [Answer]

    /// Creates a scale.
    public init(answers: [Answer]) {
        self.answers = answers
    }

    /// One answer: its score and O*NET's English label.
    public struct Answer: Sendable, Equatable, Decodable {
        /// The score the answer adds to its item's area: 0 to 4.
        public var value: Int
        /// O*NET's label, for example "Strongly Like".
        public var label: String

        /// Creates an answer.
        public init(value: Int, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// The answer scored `value`, or `nil` when the scale has none.
    public func answer(_ value: Int) -> Answer? { answers.first { $0.value == value } }

    /// The answer whose label is `label`, compared without regard to case and surrounding spaces.
    public func answer(labelled label: String) -> Answer? {
        let wanted = label.trimmingCharacters(in: .whitespaces).lowercased()
        return answers.first { $0.label.lowercased() == wanted }
    }

    /// The lowest and highest score an item can get (0...4).
    public var range: ClosedRange<Int> {
        (answers.map(\.value).min() ?? 0)...(answers.map(\.value).max() ?? 0)
    }
}

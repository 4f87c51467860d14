import CareerModel
import Questionnaire

/// A questionnaire cut into pages of about ten questions: the O*NET items first, then our
/// skill self-ratings, then the plans question, as ``QuestionList`` orders them.
struct QuestionPages: Sendable {
    /// Interest items per page.
    static let interestsPerPage = 10
    /// Skill self-ratings per page.
    static let skillsPerPage = 9

    /// One page of questions.
    struct Page: Sendable {
        /// 1-based.
        var number: Int
        var section: QuestionList.Section
        var questions: [QuestionList.Question]
    }

    let list: QuestionList
    let pages: [Page]

    init(list: QuestionList) {
        self.list = list
        var pages: [Page] = []
        func add(_ section: QuestionList.Section, per count: Int) {
            let questions = list.questions.filter { $0.section == section }
            for start in stride(from: 0, to: questions.count, by: count) {
                pages.append(
                    Page(
                        number: pages.count + 1, section: section,
                        questions: Array(questions[start..<min(start + count, questions.count)])))
            }
        }
        add(.interests, per: Self.interestsPerPage)
        add(.skills, per: Self.skillsPerPage)
        add(.plans, per: 1)
        self.pages = pages
    }

    /// The page numbered `number`, if there is one.
    func page(_ number: Int) -> Page? {
        pages.indices.contains(number - 1) ? pages[number - 1] : nil
    }

    /// The value `question` accepts for `text`, or `nil` when it is not one of its answers.
    static func accepted(_ text: String, for question: QuestionList.Question) -> String? {
        question.answers.first { $0.value == text }?.value
    }
}

import CareerInput
import CareerModel
import Questionnaire
import ReportPipeline

/// Option values given as text, read into the types the libraries take: the command line is the
/// only place that parses them.
enum OptionValues {
    /// `--numbers`: `0-4` or `1-5`, `nil` when not given.
    static func numbers(_ text: String?) throws(PipelineError) -> AnswerNumbers? {
        guard let text else { return nil }
        guard let numbers = AnswerNumbers(rawValue: text) else {
            throw .usage("--numbers: '\(text.prefix(10))' is not a numbering; use 0-4 or 1-5")
        }
        return numbers
    }

    /// `--lang`: a language tag such as `es`, `ES` or `es-MX` (see ``LanguageTag``).
    static func language(_ text: String) throws(PipelineError) -> LanguageTag {
        guard let tag = LanguageTag(text) else {
            throw .usage("--lang \(text.prefix(40)): not a language code; give one such as en or es")
        }
        return tag
    }

    /// `--interest-scale`: `ip60`, `ip30` or `onet`.
    static func interestScale(_ text: String) throws(PipelineError) -> InterestScale {
        switch ProfileRules.scale(text) {
        case .success(let scale): return scale
        case .failure(let problem): throw .usage("--interest-scale: \(problem.reason)")
        }
    }
}

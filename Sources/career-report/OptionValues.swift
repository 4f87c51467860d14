import Batch
import CareerInput
import CareerModel
import Diagnostics
import Questionnaire
import ReportPipeline

/// Option values given as text, read into the types the libraries take: the command line is the
/// only place that parses them.
enum OptionValues {
    /// `--numbers`: `0-4` or `1-5`, `nil` when not given.
    static func numbers(_ text: String?) throws(PipelineError) -> AnswerNumbers? {
        guard let text else { return nil }
        guard let numbers = AnswerNumbers(rawValue: text) else {
            throw .usage(.unknownNumbering(text), option: "--numbers")
        }
        return numbers
    }

    /// `--shard`: `K/N` with 1 ≤ K ≤ N; the whole roster when not given.
    static func shard(_ text: String?) throws(PipelineError) -> Shard {
        guard let text else { return .whole }
        guard let shard = Shard(parsing: text) else { throw .usage(.invalidShard(text), option: "--shard") }
        return shard
    }

    /// `--lang`: a language tag such as `es`, `ES` or `es-MX` (see ``LanguageTag``).
    static func language(_ text: String) throws(PipelineError) -> LanguageTag {
        guard let tag = LanguageTag(text) else {
            throw .usage(.notALanguageCode(String(text.prefix(40))), option: "--lang")
        }
        return tag
    }

    /// `--interest-scale`: `ip60`, `ip30` or `onet`.
    static func interestScale(_ text: String) throws(PipelineError) -> InterestScale {
        switch ProfileRules.scale(text) {
        case .success(let scale): return scale
        case .failure(let problem):
            throw .usage(.unknownInterestScale(reason: problem.reason), option: "--interest-scale")
        }
    }
}

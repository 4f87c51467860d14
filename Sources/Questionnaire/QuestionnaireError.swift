/// Why a questionnaire can't be made.
public enum QuestionnaireError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The instrument is not available in this language (only English is verified).
    case languageNotVerified(form: InterestForm, language: String)
    /// A built-in data file does not hold what the code expects (a packaging fault, not a user error).
    case damagedData(file: String, reason: String)

    public var description: String {
        switch self {
        case .languageNotVerified(let form, let language):
            "the O*NET \(form == .short ? "Interest Profiler Short Form" : "Mini Interest Profiler") is available in "
                + "English only, not in '\(language)': its licence (CC BY-ND 4.0) forbids translating it ourselves, "
                + "and its official Spanish text (Mi Próximo Paso) could not be checked against two published copies; "
                + "use --lang en (docs/questionnaire.md, 'Languages')"
        case .damagedData(let file, let reason):
            "the built-in questionnaire file \(file) is damaged: \(reason); reinstall CareerReport"
        }
    }
}

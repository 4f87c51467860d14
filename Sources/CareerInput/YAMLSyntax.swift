import Yams

/// Syntax errors of YAML and JSON files (JSON is YAML), located by line and column.
public enum YAMLSyntax {
    /// The first syntax error in `text` (the contents of `file`), or `nil` when it parses.
    ///
    /// For files read with another parser that reports no position, such as a theme read with
    /// `JSONDecoder`: this says where the problem is.
    public static func firstError(in text: String, file: String) -> InputError? {
        do {
            _ = try Yams.compose(yaml: text)
            return nil
        } catch let error as YamlError {
            return Self.error(error, file: file)
        } catch {
            return nil
        }
    }

    /// `error` as an ``InputError`` at its line and column, worded for the person editing the file.
    static func error(_ error: YamlError, file: String) -> InputError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return InputError(
                file: file, line: mark.line, column: mark.column,
                message:
                    "the file is not valid YAML or JSON: \(problem); check the indentation and punctuation on this line or the one before"
            )
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            return InputError(
                file: file, line: context.mark.line, column: context.mark.column,
                message: "\(keys) appears more than once in the mapping that starts here; keep one of each")
        case .reader(let problem, _, _, _):
            return InputError(file: file, message: "the file can't be read as text: \(problem)")
        default:
            return InputError(file: file, message: "the file can't be read as YAML or JSON (\(error))")
        }
    }
}

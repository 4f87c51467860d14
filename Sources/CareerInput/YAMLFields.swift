import Foundation
import Yams

/// Typed, located access to the fields of a parsed YAML or JSON mapping.
///
/// Every failure names the file, the line and column of the offending node, and the
/// dotted field path, so a counselor can find and fix it.
struct YAMLFields {
    let file: String
    let path: String
    let node: Node
    let mapping: Node.Mapping

    /// Wraps `node`, which must be a mapping (`path` names it in messages; empty for the root).
    init(file: String, path: String, node: Node) throws(InputError) {
        guard let mapping = node.mapping else {
            throw InputError(
                file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, field: path,
                message: path.isEmpty
                    ? "a profile must be a set of fields such as 'id: s-0001'"
                    : "expected a set of fields here")
        }
        self.file = file
        self.path = path
        self.node = node
        self.mapping = mapping
    }

    /// The keys present, in file order, with their lines.
    var keys: [(name: String, line: Int)] {
        mapping.keys.map { ($0.string ?? "", $0.mark?.line ?? 0) }
    }

    func fieldPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// An error located at `key`'s value (or at this mapping if the key is absent).
    func error(_ key: String, _ message: String) -> InputError {
        let at = mapping[key]?.mark ?? node.mark
        return InputError(
            file: file, line: at?.line ?? 0, column: at?.column ?? 0, field: fieldPath(key), message: message)
    }

    /// The raw node of `key`, treating an explicit YAML null as absent.
    func value(_ key: String) -> Node? {
        guard let value = mapping[key] else { return nil }
        if case .scalar(let scalar) = value, scalar.style == .plain,
            ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        {
            return nil
        }
        return value
    }

    /// A required text field; numbers are taken as written (`id: 0012` stays "0012").
    func string(_ key: String, hint: String) throws(InputError) -> String {
        guard let text = try optionalString(key) else { throw error(key, "the field is missing; \(hint)") }
        return text
    }

    /// An optional text field, trimmed; `nil` when absent or blank.
    func optionalString(_ key: String) throws(InputError) -> String? {
        guard let value = value(key) else { return nil }
        guard case .scalar(let scalar) = value else {
            throw error(key, "expected text here, not a list or set of fields")
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// A nested mapping; `nil` when absent.
    func fields(_ key: String) throws(InputError) -> YAMLFields? {
        guard let value = value(key) else { return nil }
        return try YAMLFields(file: file, path: fieldPath(key), node: value)
    }

    /// The value of `key` checked by one of the ``ProfileRules``, or `nil` when absent.
    func checked<Value>(_ key: String, _ rule: (String) -> Result<Value, RuleProblem>) throws(InputError) -> Value? {
        guard let text = try optionalString(key) else { return nil }
        switch rule(text) {
        case .success(let value): return value
        case .failure(let problem): throw error(key, problem.reason)
        }
    }
}

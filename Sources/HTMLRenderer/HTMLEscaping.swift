/// Escaping of literal text for HTML element content and attribute values.
///
/// Both forms escape `& < > " '`, so the result is safe in either place, and drop control
/// characters HTML forbids. Bidirectional controls (U+202A-202E, U+2066-2069) are neutralised:
/// in element content they are kept as numeric references inside a `<bdi>` isolate, so they
/// cannot reorder text outside the run they came with; attribute values and `<title>` cannot
/// hold an isolate, so there they are dropped.
enum HTMLEscaping {
    /// `text` escaped for element content; a run holding bidi controls is wrapped in `<bdi>`.
    static func content(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var isolated = false
        for scalar in text.unicodeScalars {
            if scalar.isBidiControl {
                isolated = true
                result += "&#x" + String(scalar.value, radix: 16, uppercase: true) + ";"
            } else {
                appendEscaped(scalar, to: &result)
            }
        }
        return isolated ? "<bdi>" + result + "</bdi>" : result
    }

    /// `text` escaped for an attribute value (or `<title>`); bidi controls are dropped.
    static func attribute(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where !scalar.isBidiControl {
            appendEscaped(scalar, to: &result)
        }
        return result
    }

    private static func appendEscaped(_ scalar: Unicode.Scalar, to result: inout String) {
        switch scalar {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&#39;"
        default:
            if !scalar.isDisallowedControl { result.unicodeScalars.append(scalar) }
        }
    }
}

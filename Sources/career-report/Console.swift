import Foundation

/// Where the tool talks to its user: results on standard output, problems on standard error.
/// Nothing printed here may contain a student's name: ids only.
enum Console {
    static func info(_ line: String) {
        print(line)
    }

    static func warning(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func error(_ text: String) {
        let lines = text.split(separator: "\n").map { $0.contains("error:") ? String($0) : "error: \($0)" }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}

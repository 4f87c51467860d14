import Foundation

/// One row of the workload roster: `id,first_name,last_name,grade,email,skills,interests`, where
/// skills are `name:level;name:level` and interests are RIASEC words joined by `;`.
public struct WorkloadStudent: Sendable, Equatable {
    /// Student id, e.g. `S0001`.
    public var id: String
    /// Given name.
    public var firstName: String
    /// Family name.
    public var lastName: String
    /// Grade as written.
    public var grade: String
    /// Email address.
    public var email: String
    /// Level 1-5 per skill id.
    public var levels: [String: Int]
    /// Interest words in order.
    public var interests: [String]

    /// The first `limit` students of the roster at `path` (the workload's CSV has no quoting;
    /// a quoted field is refused rather than misread).
    public static func roster(_ path: String, limit: Int) throws -> [WorkloadStudent] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var students: [WorkloadStudent] = []
        // Lines found on the UTF-8 bytes (a newline is ASCII); only the first `limit` are read.
        var lines: [Substring] = []
        var rest = text[...]
        while lines.count <= limit, !rest.isEmpty {
            let end = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            if end > rest.startIndex { lines.append(rest[..<end]) }
            rest = end == rest.endIndex ? rest[end...] : rest[rest.utf8.index(after: end)...]
        }
        for (index, line) in lines.dropFirst().enumerated() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 7, !line.contains("\"") else {
                throw WorkloadError("\(path):\(index + 2): expected 7 unquoted fields, found \(fields.count)")
            }
            var levels: [String: Int] = [:]
            for part in fields[5].split(separator: ";") {
                let pair = part.split(separator: ":")
                guard pair.count == 2, let level = Int(pair[1]) else {
                    throw WorkloadError("\(path):\(index + 2): skill '\(part)' is not name:level")
                }
                levels[String(pair[0])] = level
            }
            students.append(
                WorkloadStudent(
                    id: fields[0], firstName: fields[1], lastName: fields[2], grade: fields[3], email: fields[4],
                    levels: levels, interests: fields[6].split(separator: ";").map(String.init)))
        }
        return students
    }
}

/// A problem with the workload files.
public struct WorkloadError: Error, CustomStringConvertible {
    /// What is wrong, with the file and line.
    public var description: String

    init(_ description: String) { self.description = description }
}

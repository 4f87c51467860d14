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
        // Lines and fields are split on UTF-8 bytes (the separators are ASCII); only the first
        // `limit` lines are read.
        let lines = Self.split(text[...], on: "\n", limit: limit + 2).prefix(limit + 1).filter { !$0.isEmpty }
        for (index, line) in lines.dropFirst().enumerated() {
            let fields = Self.split(line, on: ",").map(String.init)
            guard fields.count == 7, !line.utf8.contains(UInt8(ascii: "\"")) else {
                throw WorkloadError("\(path):\(index + 2): expected 7 unquoted fields, found \(fields.count)")
            }
            var levels: [String: Int] = [:]
            for part in Self.split(fields[5][...], on: ";") where !part.isEmpty {
                let pair = Self.split(part, on: ":")
                guard pair.count == 2, let level = Int(pair[1]) else {
                    throw WorkloadError("\(path):\(index + 2): skill '\(part)' is not name:level")
                }
                levels[String(pair[0])] = level
            }
            students.append(
                WorkloadStudent(
                    id: fields[0], firstName: fields[1], lastName: fields[2], grade: fields[3], email: fields[4],
                    levels: levels,
                    interests: Self.split(fields[6][...], on: ";").filter { !$0.isEmpty }.map(String.init)))
        }
        return students
    }

    /// `text` split at every `separator` (an ASCII character), empty pieces kept; at most
    /// `limit` pieces, the last holding the rest.
    static func split(_ text: Substring, on separator: Unicode.Scalar, limit: Int = .max) -> [Substring] {
        var pieces: [Substring] = []
        var rest = text
        let byte = UInt8(separator.value)
        while pieces.count < limit - 1, let end = rest.utf8.firstIndex(of: byte) {
            pieces.append(rest[..<end])
            rest = rest[rest.utf8.index(after: end)...]
        }
        pieces.append(rest)
        return pieces
    }
}

/// A problem with the workload files.
public struct WorkloadError: Error, CustomStringConvertible {
    /// What is wrong, with the file and line.
    public var description: String

    /// A problem described by `description`.
    public init(_ description: String) { self.description = description }
}

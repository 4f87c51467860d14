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
        var text = try String(contentsOfFile: path, encoding: .utf8)
        // Lines and fields are split on UTF-8 bytes (the separators are ASCII); only the first
        // `limit` lines are read.
        return try text.withUTF8 { bytes in
            var students: [WorkloadStudent] = []
            let lines = split(bytes[...], on: "\n", limit: limit + 2).prefix(limit + 1).filter { !$0.isEmpty }
            for (index, line) in lines.dropFirst().enumerated() {
                let fields = split(line, on: ",")
                guard fields.count == 7, !line.contains(UInt8(ascii: "\"")) else {
                    throw WorkloadError("\(path):\(index + 2): expected 7 unquoted fields, found \(fields.count)")
                }
                var levels: [String: Int] = [:]
                for part in split(fields[5], on: ";") where !part.isEmpty {
                    let pair = split(part, on: ":")
                    guard pair.count == 2, let level = Int(string(pair[1])) else {
                        throw WorkloadError("\(path):\(index + 2): skill '\(string(part))' is not name:level")
                    }
                    levels[string(pair[0])] = level
                }
                students.append(
                    WorkloadStudent(
                        id: string(fields[0]), firstName: string(fields[1]), lastName: string(fields[2]),
                        grade: string(fields[3]), email: string(fields[4]), levels: levels,
                        interests: split(fields[6], on: ";").filter { !$0.isEmpty }.map(string)))
            }
            return students
        }
    }

    /// A run of the roster's UTF-8 bytes.
    typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    /// `bytes` split at every `separator` (an ASCII character), empty pieces kept; at most
    /// `limit` pieces, the last holding the rest.
    static func split(_ bytes: Bytes, on separator: Unicode.Scalar, limit: Int = .max) -> [Bytes] {
        var pieces: [Bytes] = []
        var rest = bytes
        let byte = UInt8(separator.value)
        while pieces.count < limit - 1, let end = rest.firstIndex(of: byte) {
            pieces.append(rest[..<end])
            rest = rest[(end + 1)...]
        }
        pieces.append(rest)
        return pieces
    }

    /// The text of `bytes`, which start and end at ASCII separators, so they are whole UTF-8.
    static func string(_ bytes: Bytes) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
    }
}

/// A problem with the workload files.
public struct WorkloadError: Error, CustomStringConvertible {
    /// What is wrong, with the file and line.
    public var description: String

    /// A problem described by `description`.
    public init(_ description: String) { self.description = description }
}

import CareerInput
import Diagnostics

/// Where a batch's students come from: a roster CSV, or a OneRoster export with responses.
public protocol StudentSource {
    /// The rows, in the order they are read.
    associatedtype Entries: Sequence<RosterEntry>

    /// The roster's path as the user gave it.
    var path: String { get }
    /// A fingerprint of the input's bytes, the same for every shard of one roster.
    var fingerprint: UInt64 { get }
    /// Things to tell the user once (an encoding fallback, ignored columns, dangling references).
    var warnings: [Diagnostic] { get }
    /// The files the reports are made from, for `--resume`.
    var inputFiles: [String] { get }

    /// How many rows fall in `shard` (for progress).
    func count(in shard: Shard) throws(RosterError) -> Int
    /// The rows, read as they are asked for.
    func entries() throws(RosterError) -> Entries
}

extension RosterFile: StudentSource {
    /// The roster file itself, and the answers joined to it.
    public var inputFiles: [String] { [path] + (answersPath.map { [$0] } ?? []) }

    public func count(in shard: Shard) throws(RosterError) -> Int { try count(where: shard.contains) }
}

extension OneRosterExport: StudentSource {
    public func count(in shard: Shard) -> Int { count(where: shard.contains) }
}

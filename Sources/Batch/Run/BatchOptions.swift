import Foundation

/// How a batch runs: where it writes, how many reports at once, which part of the roster.
public struct BatchOptions: Sendable {
    /// The folder for reports and manifests (created if missing).
    public var out: URL
    /// At most this many reports are made at the same time (at least 1).
    public var jobs: Int
    /// Skip students whose outputs are all present and newer than every file of ``inputs``.
    public var resume: Bool
    /// The part of the roster to process.
    public var shard: Shard
    /// The files the reports are made from (roster, responses, templates), for ``resume``.
    public var inputs: [String]

    /// Creates options; `jobs` below 1 counts as 1.
    public init(out: URL, jobs: Int, resume: Bool = false, shard: Shard = .whole, inputs: [String] = []) {
        self.out = out
        self.jobs = max(1, jobs)
        self.resume = resume
        self.shard = shard
        self.inputs = inputs
    }
}

import CareerInput

/// One of N equal parts of a roster (`--shard K/N`), so N machines can split a district.
///
/// A row belongs to shard `hash(id) mod N + 1`, where the hash (FNV-1a, 64 bits, of the id's
/// UTF-8 bytes) is the same on every machine and every run; a row without a usable id is placed
/// by its row number instead. So shards 1/N ... N/N together cover the roster exactly once,
/// and two rows with the same id land in the same shard (where the duplicate is reported).
public struct Shard: Sendable, Equatable, Codable, CustomStringConvertible {
    /// This shard's number, 1...count.
    public var index: Int
    /// How many shards the roster is split into.
    public var count: Int

    /// The whole roster (shard 1/1).
    public static let whole = Shard(index: 1, count: 1)

    /// Creates shard `index` of `count`.
    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses `K/N` (1 ≤ K ≤ N); `nil` when `text` is not that (``Problem/invalidShard(_:)`` says what is).
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1,
            (1...count).contains(index)
        else { return nil }
        self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    /// True when the row (with `id`, or without one at `row`) belongs to this shard.
    public func contains(id: String?, row: Int) -> Bool {
        guard count > 1 else { return true }
        let key = id.map { Array($0.utf8) } ?? Array("row \(row)".utf8)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(hash % UInt64(count)) + 1 == index
    }
}

import CareerInput
import Testing

@testable import Batch

@Suite("Splitting a roster into shards")
struct ShardTests {
    @Test("shards 1/3, 2/3 and 3/3 hold every row exactly once, rows without an id included")
    func coverage() throws {
        let rows: [(String?, Int)] = (0..<1000).map { ($0 % 50 == 0 ? nil : "s-\($0)", $0 + 2) }
        let shards = try (1...3).map { try #require(Shard(parsing: "\($0)/3")) }
        for (id, row) in rows {
            #expect(shards.count { $0.contains(id: id, row: row) } == 1)
        }
        let sizes = shards.map { shard in rows.count { shard.contains(id: $0.0, row: $0.1) } }
        #expect(sizes.allSatisfy { (250...420).contains($0) }, "roughly a third each: \(sizes)")
    }

    @Test("the split depends only on the id, so it is the same on every machine")
    func stable() throws {
        let shard = try #require(Shard(parsing: "2/3"))
        #expect(shard.contains(id: "s-0001", row: 2) == shard.contains(id: "s-0001", row: 999))
    }

    @Test("K/N must have 1 ≤ K ≤ N", arguments: ["0/3", "4/3", "3", "a/b", "1/0", "-1/2"])
    func invalid(text: String) {
        #expect(Shard(parsing: text) == nil)
    }
}

/// "Did you mean" for misspelt data paths: the closest name within a couple of edits.
enum Spelling {
    /// The candidate closest to `word` when it is a plausible misspelling of it (at most two
    /// edits, and fewer than half of the word's letters), else nil. Ties go to the earliest candidate.
    static func closest(to word: String, in candidates: [String]) -> String? {
        guard let best = candidates.min(by: { distance($0, word) < distance($1, word) }) else { return nil }
        let edits = distance(best, word)
        return edits <= 2 && edits * 2 < word.count ? best : nil
    }

    /// Edit distance counting a swap of neighbours as one edit (optimal string alignment), ignoring case.
    static func distance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.lowercased()), b = Array(rhs.lowercased())
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}

import CareerInput

/// Joins the manifests of the shards of one roster (or of separate rosters) into one.
///
/// Refuses, naming the folders: shards of different rosters mixed with each other, the same
/// shard twice, a missing shard, a student id in two manifests, or one roster row in two.
public enum ManifestMerge {
    /// One manifest and the folder it came from.
    public typealias Part = (folder: String, manifest: Manifest)

    /// The merged manifest of `parts`.
    public static func merge(_ parts: [Part]) throws(RosterError) -> Manifest {
        guard let first = parts.first else {
            throw RosterError(file: "merge-manifests", message: "no manifest folders given")
        }
        try checkShards(parts)
        var owners: [String: (folder: String, row: Int)] = [:]
        var rows: [String: String] = [:]
        for (folder, manifest) in parts {
            if manifest.interrupted {
                throw RosterError(
                    file: folder, message: "this run was interrupted; finish it with --resume before merging")
            }
            for entry in manifest.entries {
                let rowKey = "\(manifest.fingerprint) \(entry.file) \(entry.row)"
                if let other = rows[rowKey] {
                    throw RosterError(
                        file: folder,
                        message:
                            "row \(entry.row) of \(entry.file) is also in \(other); each shard must be a different part (--shard K/N) of the same roster"
                    )
                }
                rows[rowKey] = folder
                guard !entry.id.isEmpty else { continue }
                if let owner = owners[entry.id] {
                    throw RosterError(
                        file: folder,
                        message:
                            "student \(entry.id) (row \(entry.row)) is also in \(owner.folder) (row \(owner.row)); a student may be in only one of the merged manifests"
                    )
                }
                owners[entry.id] = (folder, entry.row)
            }
        }
        let sameRoster = Set(parts.map(\.manifest.fingerprint)).count == 1
        return Manifest(
            date: parts.map(\.manifest.date).max() ?? first.manifest.date,
            source: Set(parts.map(\.manifest.source)).sorted().joined(separator: ", "),
            fingerprint: sameRoster ? first.manifest.fingerprint : "",
            shard: .whole, formats: first.manifest.formats, interrupted: false,
            entries: parts.flatMap(\.manifest.entries))
    }

    /// Shards of one roster must be split the same way and be all there, once each.
    private static func checkShards(_ parts: [Part]) throws(RosterError) {
        let sharded = parts.filter { $0.manifest.shard.count > 1 }
        guard !sharded.isEmpty else { return }
        for (fingerprint, group) in Dictionary(grouping: sharded, by: \.manifest.fingerprint) {
            let counts = Set(group.map(\.manifest.shard.count))
            guard counts.count == 1, let count = counts.first else {
                throw RosterError(
                    file: group[0].folder,
                    message:
                        "the shards of one roster were split in different ways (\(group.map { "\($0.folder): \($0.manifest.shard)" }.joined(separator: ", "))); run every shard with the same N"
                )
            }
            var seen: [Int: String] = [:]
            for part in group {
                if let other = seen[part.manifest.shard.index] {
                    throw RosterError(
                        file: part.folder,
                        message: "shard \(part.manifest.shard) is also in \(other); give each shard once")
                }
                seen[part.manifest.shard.index] = part.folder
            }
            let missing = (1...count).filter { seen[$0] == nil }
            if !missing.isEmpty {
                throw RosterError(
                    file: group[0].folder,
                    message:
                        "shard\(missing.count == 1 ? "" : "s") \(missing.map { "\($0)/\(count)" }.joined(separator: ", ")) of roster \(group[0].manifest.source) (fingerprint \(fingerprint)) \(missing.count == 1 ? "is" : "are") missing; give the --out folder of every shard"
                )
            }
        }
    }
}

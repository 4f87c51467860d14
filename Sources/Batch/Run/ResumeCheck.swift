import Foundation

/// Decides, for `--resume`, whether a student's reports are already done: every output file is
/// present and newer than the inputs (the roster and the templates).
struct ResumeCheck: Sendable {
    /// The output folder.
    var folder: URL
    /// The file name extensions of the formats asked for.
    var extensions: [String]
    /// The newest modification time of the inputs.
    var inputsChanged: Date

    /// The paths of `id`'s outputs when all are present and up to date, else `nil`.
    func upToDate(_ id: String) -> [String]? {
        var paths: [String] = []
        for fileExtension in extensions {
            let url = folder.appendingPathComponent("\(id).\(fileExtension)")
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                let modified = attributes[.modificationDate] as? Date, modified > inputsChanged,
                (attributes[.size] as? Int ?? 0) > 0
            else { return nil }
            paths.append(url.relativePath)
        }
        return paths
    }

    /// The newest modification time among `paths` (files or folders); missing ones are skipped.
    static func newest(of paths: [String]) -> Date {
        paths.compactMap { try? FileManager.default.attributesOfItem(atPath: $0)[.modificationDate] as? Date }
            .max() ?? .distantPast
    }
}

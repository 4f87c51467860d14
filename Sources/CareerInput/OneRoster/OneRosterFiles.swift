import Foundation
import ZIPFoundation

/// The CSV files of a OneRoster export, as a folder on disk: the export's own folder, or a
/// temporary copy of the files a zip holds (removed by ``removeCopy()``).
struct OneRosterFiles {
    /// The folder the CSV files are in.
    let folder: URL
    /// How the export is named in messages (`export.zip:users.csv`).
    let displayPrefix: String
    private let isCopy: Bool

    /// The files a batch reads, when the export has them.
    static let wanted = ["manifest.csv", "users.csv", "enrollments.csv", "classes.csv", "orgs.csv", "roles.csv"]
    /// No OneRoster CSV of a district is anywhere near this; more is a mistake or a zip bomb.
    static let sizeCap: UInt64 = 4 << 30

    /// Opens the folder or zip at `path`; a zip's files are copied into a new folder in `scratch`.
    init(path: String, scratch: URL = FileManager.default.temporaryDirectory) throws(RosterError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw RosterError(file: path, message: "no such file or folder; check the path and spelling")
        }
        if isDirectory.boolValue {
            folder = URL(fileURLWithPath: path)
            displayPrefix = path.hasSuffix("/") ? path : path + "/"
            isCopy = false
            return
        }
        displayPrefix = path + ":"
        isCopy = true
        folder = scratch.appendingPathComponent("career-report-oneroster-\(UUID())")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
            for entry in archive where entry.type == .file {
                let name = URL(fileURLWithPath: entry.path).lastPathComponent
                guard Self.wanted.contains(name) else { continue }
                guard entry.uncompressedSize <= Self.sizeCap else {
                    throw RosterError(
                        file: path, message: "\(entry.path) is larger than 4 GB; this is not a OneRoster export")
                }
                let target = folder.appendingPathComponent(name)
                guard !FileManager.default.fileExists(atPath: target.path) else {
                    throw RosterError(
                        file: path,
                        message: "the zip holds \(name) twice (one is \(entry.path)); keep one export per zip")
                }
                _ = try archive.extract(entry, to: target)
            }
        } catch let error as RosterError {
            try? FileManager.default.removeItem(at: folder)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw RosterError(
                file: path, message: "the zip can't be read (\(error)); check that it is a OneRoster export")
        }
    }

    /// The path of `name` in the export, or `nil` when the export lacks it.
    func path(_ name: String) -> String? {
        let url = folder.appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: url.path) ? url.path : nil
    }

    /// `name` as shown in messages.
    func display(_ name: String) -> String { displayPrefix + name }

    /// Removes the temporary copy of a zip's files.
    func removeCopy() {
        if isCopy { try? FileManager.default.removeItem(at: folder) }
    }
}

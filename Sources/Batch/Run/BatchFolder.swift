import CareerInput
import Diagnostics
import Foundation
import ReportPipeline
import ZIPFoundation

/// The files a batch writes beside the reports: the manifests, the class summary, the archive.
public enum BatchFolder {
    /// The archive `--zip` writes into the output folder.
    public static let archiveName = "reports.zip"

    /// Writes `manifest.json` and `manifest.csv` into `folder`; returns their paths.
    public static func writeManifest(_ manifest: Manifest, into folder: URL) throws(PipelineError) -> [String] {
        let json = folder.appendingPathComponent(Manifest.jsonName)
        let csv = folder.appendingPathComponent(Manifest.csvName)
        try write(manifest.json(), to: json)
        try write(manifest.csv(), to: csv)
        return [json.relativePath, csv.relativePath]
    }

    /// Renders the class summary of `manifest` into `folder`, with the pictures its HTML links to;
    /// returns the paths written and the PDF renderer's warnings.
    public static func writeClassSummary(
        of manifest: Manifest, template: ClassSummaryTemplate, date: ReportDate, into folder: URL
    ) throws(PipelineError) -> (written: [String], warnings: [Diagnostic]) {
        let rendered = try template.render(manifest.classSummary, date: date)
        var written: [String] = []
        for file in rendered.files {
            let url = folder.appendingPathComponent(file.name)
            try write(file.bytes, to: url)
            written.append(url.relativePath)
        }
        return (written, rendered.warnings)
    }

    /// Bundles `paths` (files inside `folder`) into `folder/reports.zip`, written atomically;
    /// returns the archive's path.
    public static func writeArchive(of paths: [String], in folder: URL) throws(PipelineError) -> String {
        let url = folder.appendingPathComponent(archiveName)
        let temporary = AtomicFile.temporaryURL(for: url)
        let base = folder.standardizedFileURL
        do {
            try? FileManager.default.removeItem(at: temporary)
            let archive = try Archive(url: temporary, accessMode: .create)
            for path in paths {
                let name = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
                try addEntry(named: name, from: base.appendingPathComponent(name), to: archive)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .output(.cannotWrite(path: url.relativePath, reason: "\(error)"))
        }
        try AtomicFile.commit(temporary, to: url)
        return url.relativePath
    }

    /// Adds the file at `url` to `archive` as `name`, with its modification date and permissions.
    ///
    /// The file is read here and handed over as bytes: ZIPFoundation's own file-reading form
    /// leaks five path buffers per file (about 4 MB for a 10,000-student batch).
    private static func addEntry(named name: String, from url: URL, to archive: Archive) throws {
        let data = try Data(contentsOf: url)
        // stat(2), not FileManager's attributes, which look up the owner's name (a socket to nscd).
        var info = stat()
        guard stat(url.path, &info) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        try archive.addEntry(
            with: name, type: .file, uncompressedSize: Int64(data.count),
            modificationDate: Date(timeIntervalSince1970: TimeInterval(info.st_mtim.tv_sec)),
            permissions: UInt16(info.st_mode & 0o7777), compressionMethod: .deflate
        ) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    /// Writes one file atomically, as reports are written.
    private static func write(_ bytes: [UInt8], to url: URL) throws(PipelineError) {
        try AtomicFile.write(bytes, to: url)
    }
}

import Diagnostics
import Foundation

/// Writes files so that a reader never sees half of one: into a hidden temporary file in the
/// same folder, then renamed over the final name. Reports, manifests and archives all go this way.
public enum AtomicFile {
    /// Writes `bytes` to `url` atomically; on failure no file (final or temporary) remains.
    public static func write(_ bytes: some Collection<UInt8>, to url: URL) throws(PipelineError) {
        try write(bytes, to: url, through: temporaryURL(for: url))
    }

    /// Writes `bytes` to `url` atomically unless the file there already holds exactly these bytes.
    ///
    /// For a file many reports share (a picture their HTML links to): the temporary name is
    /// unique to the call, so tasks writing the same file at once never collide, and the last
    /// rename wins with the same bytes.
    public static func writeUnlessSame(_ bytes: [UInt8], to url: URL) throws(PipelineError) {
        if let existing = FileManager.default.contents(atPath: url.path), existing.elementsEqual(bytes) { return }
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp")
        try write(bytes, to: url, through: temporary)
    }

    /// Writes `bytes` to `temporary`, then renames it over `url`; on failure neither remains.
    private static func write(_ bytes: some Collection<UInt8>, to url: URL, through temporary: URL)
        throws(PipelineError)
    {
        do {
            try Data(bytes).write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .output(
                .cannotWrite(
                    path: url.relativePath,
                    reason: (error as NSError).localizedDescription
                        + "; check that the folder is writable and the disk has room"))
        }
        try commit(temporary, to: url)
    }

    /// The hidden name `url` is written under first: `.<name>.<process id>.tmp` in the same folder.
    public static func temporaryURL(for url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    }

    /// Renames a finished temporary file over `url`; on failure the temporary file is removed.
    public static func commit(_ temporary: URL, to url: URL) throws(PipelineError) {
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .output(.cannotWrite(path: url.relativePath, reason: reason))
        }
    }

    /// Creates `folder` (and its parents) if needed.
    public static func prepareFolder(_ folder: URL) throws(PipelineError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .output(.outputNotAFolder(path: folder.path))
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .output(
                .cannotCreateFolder(path: folder.path, reason: (error as NSError).localizedDescription))
        }
    }
}

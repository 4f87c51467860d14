import Foundation

/// Writes files so that a reader never sees half of one: into a hidden temporary file in the
/// same folder, then renamed over the final name.
enum AtomicFile {
    /// Writes `bytes` to `url` atomically; on failure no file (final or temporary) remains.
    static func write(_ bytes: some Collection<UInt8>, to url: URL) throws(PipelineError) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(bytes).write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                throw PipelineError.output(
                    "can't rename \(temporary.lastPathComponent) to \(url.path): \(String(cString: strerror(errno)))")
            }
        } catch let error as PipelineError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .output(
                "can't write \(url.path): \((error as NSError).localizedDescription); check that the folder is writable and the disk has room"
            )
        }
    }

    /// Creates `folder` (and its parents) if needed.
    static func prepareFolder(_ folder: URL) throws(PipelineError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .output("\(folder.path) exists and is not a folder; choose another --out")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .output("can't create the output folder \(folder.path): \((error as NSError).localizedDescription)")
        }
    }
}

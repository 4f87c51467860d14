import Foundation

/// Reads a template (or schema) file into memory, refusing files over the size cap.
///
/// libxml2 only ever sees bytes we read ourselves: it never opens files or URLs.
enum TemplateFileReader {
    /// Templates larger than this (1 MiB) are refused: no real template comes close.
    static let maximumSize = 1 << 20

    /// The file's bytes, or a `TemplateError` naming the file.
    static func read(_ url: URL, displayName: String) throws(TemplateError) -> [UInt8] {
        func failure(_ message: String) -> TemplateError {
            var diagnostics = DiagnosticList(file: displayName)
            diagnostics.error(message)
            return diagnostics.asError
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw failure("cannot read the template: there is no file at \(url.path)")
        }
        guard !isDirectory.boolValue else {
            throw failure("cannot read the template: \(url.path) is a folder, not a file")
        }
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw failure("cannot read the template: \(url.path) could not be opened (check its permissions)")
        }
        defer { try? handle.close() }
        let data: Data?
        do {
            data = try handle.read(upToCount: maximumSize + 1)
        } catch {
            throw failure("cannot read the template: reading \(url.path) failed")
        }
        let bytes = [UInt8](data ?? Data())
        try checkSize(bytes.count, displayName: displayName)
        return bytes
    }

    /// Throws when `count` bytes exceed ``maximumSize``.
    static func checkSize(_ count: Int, displayName: String) throws(TemplateError) {
        guard count > maximumSize else { return }
        var diagnostics = DiagnosticList(file: displayName)
        diagnostics.error(
            "the template is larger than \(maximumSize / 1024) KiB (1 MiB), the most a template may be; "
                + "split it or remove embedded data")
        throw diagnostics.asError
    }
}

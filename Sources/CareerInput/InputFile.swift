import Foundation

/// Opens and reads input files, turning every failure into an ``InputError``.
public enum InputFile {
    /// Profiles, templates and themes are small; anything larger is a mistake or an attack.
    static let defaultSizeCap = 1 << 20

    /// The file's text, decoded as UTF-8 (a leading byte-order mark is dropped).
    static func text(at path: String, sizeCap: Int = defaultSizeCap, what: String = "profile") throws(InputError)
        -> String
    {
        let handle = try open(path, what: what)
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: sizeCap + 1) ?? Data()
        } catch {
            throw InputError(file: path, message: "the file can't be read (\(error.localizedDescription))")
        }
        guard data.count <= sizeCap else {
            throw InputError(
                file: path, message: "the file is larger than \(sizeCap / 1024) KB, which no \(what) should be")
        }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw InputError(file: path, message: "the file is not UTF-8 text; save it as UTF-8 and try again")
        }
        guard !text.contains("\u{0}") else {
            throw InputError(file: path, message: "the file contains a NUL byte; it is not a text file")
        }
        return text
    }

    /// Opens the file at `path` for reading; `what` names the kind of file ("profile", "CSV") in
    /// the message when `path` is a folder. The caller closes the handle.
    public static func open(_ path: String, what: String) throws(InputError) -> FileHandle {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, message: "no such file; check the path and spelling")
        }
        guard !isDirectory.boolValue else {
            throw InputError(file: path, message: "this is a folder; give the path of a \(what) file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(file: path, message: "the file can't be opened; check its permissions")
        }
        return handle
    }
}

import Foundation

/// Reads the answers a class gave, from whichever export holds them.
public enum ResponseFile {
    /// Reads `path`: a Microsoft Forms XLSX (by its `.xlsx` name or its zip content), else a CSV
    /// (Google Forms, or our long or wide CSV, told apart by the header).
    ///
    /// Throws when the file as a whole can't be used (missing, empty, not a workbook, broken XML);
    /// a line that can't be read is a problem in the table and the other rows are still read.
    public static func read(path: String) throws(InputError) -> ResponseTable {
        if path.lowercased().hasSuffix(".xlsx") || startsLikeZip(path) {
            return try FormsXLSX.read(path: path)
        }
        return try ResponseCSV.read(path: path)
    }

    private static func startsLikeZip(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 4)).map { Array($0) == [0x50, 0x4B, 0x03, 0x04] } ?? false
    }
}

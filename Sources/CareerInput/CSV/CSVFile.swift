import Diagnostics
import Foundation

/// A CSV file opened for reading: its encoding, its header, and the records after it, read as
/// needed.
public struct CSVFile {
    /// The path as the user gave it.
    public let path: String
    /// How the file's text is encoded.
    public let encoding: TextEncoding
    /// A fingerprint of the file's bytes.
    public let fingerprint: UInt64
    /// The column names of the first line, trimmed; empty for an empty file.
    public let header: [String]
    /// The records after the header.
    public var records: CSVRecordReader

    /// Sniffs the encoding (one pass over the file) unless `known` gives it, then reads the header line.
    public init(path: String, known: (encoding: TextEncoding, fingerprint: UInt64)? = nil) throws(InputError) {
        var sniffed: (encoding: TextEncoding, fingerprint: UInt64)
        if let known { sniffed = known } else { sniffed = try TextEncoding.sniff(path: path) }
        self.path = path
        encoding = sniffed.encoding
        fingerprint = sniffed.fingerprint
        records = CSVRecordReader(try ScalarReader(path: path, encoding: encoding))
        switch records.next() {
        case nil:
            header = []
        case .failure(let problem)?:
            throw InputError(
                file: path, line: problem.line, message: "the header line can't be read: \(problem.reason)")
        case .success(let record)?:
            header = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    /// The index of each column name, matched without regard to case; throws naming a name
    /// that appears twice.
    public func columnIndex() throws(InputError) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, name) in header.enumerated() where !name.isEmpty {
            if let first = index[name.lowercased()] {
                throw InputError(
                    file: path, line: 1,
                    message:
                        "the column '\(name)' appears twice (columns \(first + 1) and \(position + 1)); keep one of them"
                )
            }
            index[name.lowercased()] = position
        }
        return index
    }

    /// The warning to show when the file was not UTF-8 and was read as Windows-1252; `name` is
    /// the file as messages show it (default: its path).
    public func fallbackWarning(shownAs name: String? = nil) -> Diagnostic? {
        encoding == .windows1252 ? .warning(.readAsWindows1252, at: Location(file: name ?? path)) : nil
    }
}

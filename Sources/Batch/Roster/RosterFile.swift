import CareerInput
import CareerModel
import Foundation

/// A roster CSV in our format, read one row at a time.
///
/// Opening it reads the file once to learn its encoding and checks the header; ``entries()``
/// then reads rows as they are asked for, so a roster of any size is read in bounded memory
/// (only the ids seen so far are kept, to find duplicates).
public struct RosterFile: Sendable {
    /// The path as the user gave it.
    public let path: String
    /// How the file's text is encoded.
    public let encoding: TextEncoding
    /// A fingerprint of the file's bytes, written to the manifest so shards of one roster can be
    /// told from runs of another.
    public let fingerprint: UInt64
    /// Things to tell the user once: a Windows-1252 fallback, ignored columns.
    public let warnings: [String]
    private let names: [String]
    private let reader: StudentRowReader

    /// Opens the roster at `path`; throws when it can't be read or has no `id` or `given_name` column.
    public init(path: String, catalog: Catalog, defaultScale: InterestScale) throws(RosterError) {
        let file = try CSVFile.forBatch(path: path)
        guard !file.header.isEmpty else {
            throw RosterError(
                file: path, message: "the file is empty; a roster starts with a header line such as 'id,given_name,...'"
            )
        }
        let columns = try file.batchColumnIndex()
        for required in ["id", "given_name"] where columns[required] == nil {
            throw RosterError(
                file: path, line: 1,
                message:
                    "the header has no '\(required)' column; the first line must name the columns, such as 'id,given_name,family_name,R,I,A,S,E,C'"
            )
        }
        self.path = path
        encoding = file.encoding
        fingerprint = file.fingerprint
        names = file.header.map { $0.lowercased() }
        warnings = [
            file.fallbackWarning,
            RosterColumns.unknownColumnsWarning(RosterColumns.unknown(in: file.header), file: path),
        ]
        .compactMap { $0 }
        reader = StudentRowReader(skillKeys: catalog.skills.map(\.key), defaultScale: defaultScale)
    }

    /// The rows, in file order, read as they are asked for.
    public func entries() throws(RosterError) -> Entries {
        Entries(roster: self, records: try reopen().records)
    }

    /// The number of rows in `shard`, counted by reading the file once more (ids only).
    public func count(in shard: Shard) throws(RosterError) -> Int {
        var records = try reopen().records
        let idColumn = names.firstIndex(of: "id") ?? 0
        var count = 0
        while let result = records.next() {
            switch result {
            case .failure(let problem):
                if shard.contains(id: nil, row: problem.line) { count += 1 }
            case .success(let record):
                var id: String?
                if record.fields.count == names.count {
                    let text = record.fields[idColumn].trimmingCharacters(in: .whitespacesAndNewlines)
                    id = StudentRowReader.idProblem(text) == nil ? text : nil
                }
                if shard.contains(id: id, row: record.line) { count += 1 }
            }
        }
        return count
    }

    private func reopen() throws(RosterError) -> CSVFile {
        try CSVFile.forBatch(path: path, known: (encoding, fingerprint))
    }

    /// The rows of a roster, read one at a time.
    public struct Entries: Sequence, IteratorProtocol {
        let roster: RosterFile
        var records: CSVRecordReader
        var seen: [String: Int] = [:]

        public mutating func next() -> RosterEntry? {
            guard let result = records.next() else { return nil }
            let record: CSVRecord
            switch result {
            case .failure(let problem):
                return RosterEntry(
                    file: roster.path, row: problem.line, id: nil,
                    outcome: .error("the line can't be read: \(problem.reason)"))
            case .success(let read):
                record = read
            }
            let entry = { [path = roster.path, line = record.line] (id: String?, outcome: RosterEntry.Outcome) in
                RosterEntry(file: path, row: line, id: id, outcome: outcome)
            }
            if record.fields.count != roster.names.count {
                return entry(
                    nil,
                    .error(
                        "the line can't be read: it has \(record.fields.count) fields but the header has \(roster.names.count); check for a missing or extra comma, or a comma in a field that should be quoted"
                    ))
            }
            let fields = StudentFields(names: roster.names, record: record)
            if let problem = StudentRowReader.idProblem(fields["id"]) { return entry(nil, .error(problem)) }
            let id = fields["id"]!
            if let first = seen[id] {
                return entry(id, .error("id: '\(id)' is also the id of row \(first); each student needs their own id"))
            }
            seen[id] = record.line
            return entry(id, roster.reader.outcome(fields, id: id))
        }
    }
}

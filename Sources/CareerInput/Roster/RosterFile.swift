import CareerModel
import Diagnostics
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
    public private(set) var fingerprint: UInt64
    /// Things to tell the user once: a Windows-1252 fallback, ignored columns.
    public private(set) var warnings: [Diagnostic]
    /// The answers file joined to the roster, if any.
    public let answersPath: String?
    /// Entries after the roster's rows: answers that match no row, rows of the answers that can't be used.
    private var trailing: [RosterEntry]
    private let names: [String]
    private let reader: StudentRowReader

    /// Opens the roster at `path`; throws when it can't be read or has no `id` or `given_name` column.
    ///
    /// With `answers` (a form's export), every row's interests, skills and plans come from the
    /// student's answers there, found by id or email; a roster row without answers, and answers
    /// without a roster row, are error entries.
    public init(
        path: String, catalog: Catalog, defaultScale: InterestScale, answers: (any RosterAnswers)? = nil
    ) throws(RosterError) {
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
            file.fallbackWarning(),
            RosterColumns.unknownColumnsWarning(RosterColumns.unknown(in: file.header), file: path),
        ]
        .compactMap { $0 }
        answersPath = answers?.path
        reader = StudentRowReader(
            skillKeys: catalog.skills.map(\.key), defaultScale: defaultScale, answers: answers)
        if let answers {
            warnings += answers.warnings
            trailing = try Self.unjoined(answers, roster: file, names: names) + answers.problems
            fingerprint ^= answers.fingerprint
        } else {
            trailing = []
        }
    }

    /// Answers whose student is not on the roster (by id or email), as manifest errors.
    private static func unjoined(_ answers: any RosterAnswers, roster file: CSVFile, names: [String])
        throws(RosterError)
        -> [RosterEntry]
    {
        var records = file.records
        let idColumn = names.firstIndex(of: "id")
        let emailColumn = names.firstIndex(of: "email")
        var ids: Set<String> = []
        var emails: Set<String> = []
        while let result = records.next() {
            guard case .success(let record) = result, record.fields.count == names.count else { continue }
            func value(_ column: Int?) -> String? {
                column.map { record.fields[$0].trimmingCharacters(in: .whitespacesAndNewlines) }
            }
            value(idColumn).map { _ = ids.insert($0) }
            value(emailColumn).map { _ = emails.insert($0.lowercased()) }
        }
        return answers.unjoined(ids: ids, emails: emails, roster: file.path)
    }

    /// The rows, in file order, read as they are asked for.
    public func entries() throws(RosterError) -> Entries {
        Entries(roster: self, records: try reopen().records, trailing: trailing[...])
    }

    /// The number of rows `included` accepts (given the row's id, when usable, and its line),
    /// counted by reading the file once more (ids only): the rows of one shard, for progress.
    public func count(where included: (_ id: String?, _ row: Int) -> Bool) throws(RosterError) -> Int {
        var records = try reopen().records
        let idColumn = names.firstIndex(of: "id") ?? 0
        var count = 0
        while let result = records.next() {
            switch result {
            case .failure(let problem):
                if included(nil, problem.line) { count += 1 }
            case .success(let record):
                var id: String?
                if record.fields.count == names.count {
                    let text = record.fields[idColumn].trimmingCharacters(in: .whitespacesAndNewlines)
                    id = StudentRowReader.idProblem(text) == nil ? text : nil
                }
                if included(id, record.line) { count += 1 }
            }
        }
        return count + trailing.count { included($0.id, $0.row) }
    }

    private func reopen() throws(RosterError) -> CSVFile {
        try CSVFile.forBatch(path: path, known: (encoding, fingerprint))
    }

    /// The rows of a roster, read one at a time.
    public struct Entries: Sequence, IteratorProtocol {
        let roster: RosterFile
        var records: CSVRecordReader
        var trailing: ArraySlice<RosterEntry>
        var seen: [String: Int] = [:]

        public mutating func next() -> RosterEntry? {
            guard let result = records.next() else { return trailing.popFirst() }
            let record: CSVRecord
            switch result {
            case .failure(let problem):
                return RosterEntry(
                    file: roster.path, row: problem.line, id: nil,
                    outcome: .rowError("the line can't be read: \(problem.reason)"))
            case .success(let read):
                record = read
            }
            let entry = { [path = roster.path, line = record.line] (id: String?, outcome: RosterEntry.Outcome) in
                RosterEntry(file: path, row: line, id: id, outcome: outcome)
            }
            if record.fields.count != roster.names.count {
                return entry(
                    nil,
                    .rowError(
                        "the line can't be read: it has \(record.fields.count) fields but the header has \(roster.names.count); check for a missing or extra comma, or a comma in a field that should be quoted"
                    ))
            }
            let fields = StudentFields(names: roster.names, record: record)
            if let problem = StudentRowReader.idProblem(fields["id"]) { return entry(nil, .rowError(problem)) }
            let id = fields["id"]!
            if let first = seen[id] {
                return entry(
                    id, .error(.error(.duplicateStudentID(id: id, first: "row \(first)"), at: Location(field: "id"))))
            }
            seen[id] = record.line
            return entry(id, roster.reader.outcome(fields, id: id))
        }
    }
}

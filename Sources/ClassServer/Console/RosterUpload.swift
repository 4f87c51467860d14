import CareerInput
import Diagnostics
import Foundation

/// A roster uploaded in the console: a roster CSV, or a OneRoster 1.1 or 1.2 export zipped as a
/// school system exports it, told apart by content (a zip's first bytes), not by file name.
///
/// The CSV is read with the project's CSV reader (encoding sniffed, Windows-1252 fallback): the
/// `id`, `given_name` and `family_name` columns of the roster format `batch` reads; other columns
/// are ignored. The zip is read by CareerInput's OneRoster reader, which chooses the students as
/// `batch` does: those enrolled in the class given, or every active student. Rows that can't be
/// used are listed by where they are.
struct RosterUpload {
    var names: [RosterName] = []
    /// `where: what is wrong` for each row left out (a OneRoster line the reader skipped too).
    var problems: [String] = []

    /// Reads `bytes`; `classID` (a class's sourcedId) applies to a OneRoster export only.
    init(bytes: [UInt8], classID: String? = nil, scratch folder: URL) throws {
        let isZip = Self.isZip(bytes)
        if !isZip, classID != nil {
            throw ClientError.badRequest(
                .init(
                    en:
                        "A class sourcedId chooses a class of a OneRoster export (a zip). This file is not a zip: leave the class empty for a roster CSV.",
                    es:
                        "Un sourcedId de clase elige una clase de una exportación OneRoster (un zip). Este archivo no es un zip: deja la clase vacía para una lista CSV."
                ))
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("roster-\(Secrets.token().prefix(16)).\(isZip ? "zip" : "csv")")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        if isZip {
            try readOneRoster(at: file.path, classID: classID, scratch: folder)
        } else {
            try readCSV(at: file.path)
        }
    }

    /// True when `bytes` start as a zip does (a local file header, or the end record of an empty zip).
    static func isZip(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    private mutating func readOneRoster(at path: String, classID: String?, scratch: URL) throws {
        let export: OneRosterStudents
        do {
            export = try OneRosterStudents(path: path, classID: classID, school: nil, scratch: scratch)
        } catch {
            let problem = Self.place(error.file, line: error.line, zip: path) + error.message
            throw ClientError.badRequest(
                .init(
                    en: "The OneRoster export can't be read: \(problem)",
                    es: "La exportación OneRoster no se puede leer: \(problem)"))
        }
        names = export.students.map { RosterName(studentID: $0.id, given: $0.givenName, family: $0.familyName) }
        problems =
            export.problems.map { Self.place($0.file, line: $0.line, zip: path) + $0.message }
            + export.warnings.compactMap { warning in
                switch warning.problem {
                case .lineSkipped, .tooManyFields:
                    Self.place(warning.location.file ?? path, line: warning.location.line ?? 0, zip: path)
                        + warning.problem.message
                default: nil
                }
            }
    }

    /// `users.csv line 4: ` for a file of the zip at `zip` (shown by the name inside it, never the
    /// server's scratch path); nothing for the zip as a whole.
    private static func place(_ file: String, line: Int, zip: String) -> String {
        let name = file.hasPrefix(zip + ":") ? String(file.dropFirst(zip.count + 1)) : ""
        let at = [name, line > 0 ? "line \(line)" : ""].filter { !$0.isEmpty }.joined(separator: " ")
        return at.isEmpty ? "" : at + ": "
    }

    private mutating func readCSV(at path: String) throws {
        do {
            var csv = try CSVFile(path: path)
            let columns = try csv.columnIndex()
            guard let id = columns["id"], let given = columns["given_name"] else {
                throw ClientError.badRequest(
                    .init(
                        en:
                            "The roster's first line must name its columns, with at least id and given_name (as for career-report batch).",
                        es:
                            "La primera línea de la lista debe nombrar sus columnas, al menos id y given_name (como para career-report batch)."
                    ))
            }
            let family = columns["family_name"]
            var seen: Set<String> = []
            while let next = csv.records.next() {
                switch next {
                case .failure(let problem):
                    problems.append("line \(problem.line): \(problem.reason)")
                case .success(let record):
                    func field(_ index: Int?) -> String {
                        guard let index, record.fields.indices.contains(index) else { return "" }
                        return record.fields[index].trimmingCharacters(in: .whitespaces)
                    }
                    let studentID = field(id)
                    if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
                    if let problem = StudentID.problem(with: studentID) {
                        problems.append("line \(record.line): id: \(problem)")
                    } else if field(given).isEmpty {
                        problems.append("line \(record.line): given_name: empty; the name list needs a name")
                    } else if !seen.insert(studentID).inserted {
                        problems.append(
                            "line \(record.line): id: '\(studentID)' appears twice; the second was left out")
                    } else {
                        names.append(RosterName(studentID: studentID, given: field(given), family: field(family)))
                    }
                }
            }
        } catch let error as InputError {
            throw ClientError.badRequest(
                .init(
                    en: "The roster can't be read: \(error.message)", es: "La lista no se puede leer: \(error.message)")
            )
        }
    }
}

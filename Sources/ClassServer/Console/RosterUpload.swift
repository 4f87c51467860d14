import CareerInput
import Foundation

/// A roster CSV uploaded in the console, read with the project's CSV reader (encoding sniffed,
/// Windows-1252 fallback): the `id`, `given_name` and `family_name` columns of the roster format
/// `batch` reads; other columns are ignored. Rows that can't be used are listed by line.
struct RosterUpload {
    var names: [RosterName] = []
    /// `line N: what is wrong` for each row left out.
    var problems: [String] = []

    init(bytes: [UInt8], scratch folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("roster-\(Secrets.token().prefix(16)).csv")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        do {
            var csv = try CSVFile(path: file.path)
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

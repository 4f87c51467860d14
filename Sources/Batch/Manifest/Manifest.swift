import CareerInput
import Foundation
import ReportPipeline

/// The record of a batch run: what was read, how it was split, and what became of every row.
/// Written as `manifest.json` (everything, for `merge-manifests`) and `manifest.csv` (one line a
/// row, for a spreadsheet).
public struct Manifest: Sendable, Codable, Equatable {
    /// The tool that wrote it.
    public var generator: String
    /// The report date, yyyy-mm-dd.
    public var date: String
    /// The roster (or OneRoster export) read.
    public var source: String
    /// A fingerprint of the roster's bytes (hex), the same for every shard of one roster.
    public var fingerprint: String
    /// The part of the roster this run covered.
    public var shard: Shard
    /// The formats asked for.
    public var formats: [String]
    /// True when the run was stopped by a signal before every row was done.
    public var interrupted: Bool
    /// The rows, in file and row order.
    public var entries: [ManifestEntry]

    /// The file names the manifest is written as.
    public static let jsonName = "manifest.json"
    /// See ``jsonName``.
    public static let csvName = "manifest.csv"

    /// Creates a manifest; `entries` are put in file and row order.
    public init(
        date: String, source: String, fingerprint: String, shard: Shard, formats: [String], interrupted: Bool,
        entries: [ManifestEntry]
    ) {
        generator = "CareerReport \(CareerReportVersion.string)"
        self.date = date
        self.source = source
        self.fingerprint = fingerprint
        self.shard = shard
        self.formats = formats
        self.interrupted = interrupted
        self.entries = entries.sorted { ($0.file, $0.row, $0.id) < ($1.file, $1.row, $1.id) }
    }

    /// How many rows ended with `status`.
    public func count(_ status: ManifestEntry.Status) -> Int { entries.count { $0.status == status } }

    /// The class summary data of all rows.
    public var classSummary: ClassSummaryData {
        var data = ClassSummaryData()
        for entry in entries { entry.count(in: &data) }
        return data
    }

    /// The manifest as pretty-printed JSON with sorted keys (stable from run to run).
    public func json() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data()) + [0x0A]
    }

    /// The manifest as CSV (UTF-8, CRLF line ends as spreadsheets expect): one line per row.
    public func csv() -> [UInt8] {
        var lines = [
            "id,file,row,status,outputs,top_careers,warnings,reason,resumed"
        ]
        for entry in entries {
            let fields = [
                entry.id, entry.file, String(entry.row), entry.status.rawValue, entry.outputs.joined(separator: " "),
                entry.topCareers.joined(separator: "; "), entry.warnings.joined(separator: " | "), entry.reason,
                entry.resumed ? "yes" : "",
            ]
            lines.append(fields.map(Self.csvField).joined(separator: ","))
        }
        return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// Quotes a field when needed, and defuses text a spreadsheet would run as a formula.
    static func csvField(_ text: String) -> String {
        var text = text
        if let first = text.first, "=+-@".contains(first) { text = "'" + text }
        guard text.contains(where: { ",\"\r\n".contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Reads `manifest.json` from `folder`; throws naming the file and what is wrong.
    public static func read(from folder: URL) throws(RosterError) -> Manifest {
        let url = folder.appendingPathComponent(jsonName)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw RosterError(
                file: url.relativePath, message: "no manifest here; give the --out folder of a finished batch run")
        }
        do {
            return try JSONDecoder().decode(Manifest.self, from: data)
        } catch {
            throw RosterError(
                file: url.relativePath,
                message: "this is not a batch manifest (\(error)); it may be from another version or damaged")
        }
    }
}

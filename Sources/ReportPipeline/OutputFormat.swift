import Diagnostics
import Foundation

/// A kind of file a report can be written as.
public enum OutputFormat: String, Sendable, CaseIterable, Comparable {
    /// A printable PDF, typeset with libharu.
    case pdf
    /// An email-safe HTML document.
    case html
    /// Plain text wrapped at 72 columns.
    case txt
    /// A ready-to-send email (RFC 5322): text and HTML versions, optionally the PDF attached.
    case eml

    /// The file name extension.
    public var fileExtension: String { rawValue }

    /// Parses a comma-separated list such as `pdf,html`; throws naming the unknown entry.
    public static func list(_ text: String) throws(PipelineError) -> [OutputFormat] {
        var formats: [OutputFormat] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let format = OutputFormat(rawValue: name) else {
                throw .usage(.unknownFormat(name: name, known: allCases.map(\.rawValue)), option: "--format")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { throw .usage(.noFormat(known: allCases.map(\.rawValue)), option: "--format") }
        return formats.sorted()
    }

    public static func < (a: OutputFormat, b: OutputFormat) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

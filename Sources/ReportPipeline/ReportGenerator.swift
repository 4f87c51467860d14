import Assessment
import CareerInput
import CareerModel
import Diagnostics
import Foundation
import HTMLRenderer
import MIME
import PDFRenderer
import ReportDocument
import TextRenderer

/// Makes the reports of single profiles: read, assess, bind, render, write.
///
/// All formats of a profile are rendered in memory first and written only when every one
/// succeeded, each atomically: a failed profile leaves no file behind.
public struct ReportGenerator: Sendable {
    /// The catalog, template and theme shared by every report.
    public var setup: ReportSetup
    /// The formats to write, in order.
    public var formats: [OutputFormat]
    /// The date printed on reports and stored in PDF metadata.
    public var date: ReportDate
    /// Sender, recipient and attachment of `.eml` reports.
    public var email: EmailSettings
    /// Make a character the PDF fonts can't show an error instead of a warning.
    public var strictGlyphs: Bool

    /// Creates a generator; `email` is needed only for the `eml` format.
    public init(
        setup: ReportSetup, formats: [OutputFormat], date: ReportDate, email: EmailSettings = EmailSettings(),
        strictGlyphs: Bool = false
    ) {
        self.setup = setup
        self.formats = formats
        self.date = date
        self.email = email
        self.strictGlyphs = strictGlyphs
    }

    /// The files every report's HTML links to: the template's pictures, each under its
    /// ``ReportImage/fileName``; none when no HTML is written. ``writeSharedFiles(into:)`` writes them
    /// once per run, beside the reports.
    public var sharedFiles: [(name: String, bytes: [UInt8])] {
        formats.contains(.html) ? setup.template.images.map { ($0.fileName, $0.bytes) } : []
    }

    /// Writes ``sharedFiles`` into `folder` (created if needed), each unless a file of that name
    /// already holds the same bytes; returns their paths. Safe to call from several tasks at once.
    public func writeSharedFiles(into folder: URL) throws(PipelineError) -> [String] {
        let files = sharedFiles
        guard !files.isEmpty else { return [] }
        try AtomicFile.prepareFolder(folder)
        var written: [String] = []
        for (name, bytes) in files {
            let url = folder.appendingPathComponent(name)
            try AtomicFile.writeUnlessSame(bytes, to: url)
            written.append(url.relativePath)
        }
        return written
    }

    /// The rendered files of one profile, in memory, with what was noticed on the way.
    public struct Report: Sendable {
        /// The student's id, which names the files.
        public var studentID: String
        /// File name (`<id>.pdf`) and bytes, in format order.
        public var files: [(name: String, bytes: [UInt8])]
        /// Warnings to show the user; they name the student by id only.
        public var warnings: [Diagnostic]
    }

    /// Reads, assesses and renders the profile at `path`, without writing anything.
    public func report(forProfileAt path: String) throws(PipelineError) -> Report {
        let reading: ProfileReading
        do {
            reading = try ProfileReader(catalog: setup.catalog).read(fileAt: path)
        } catch {
            throw PipelineError(.input, [error.diagnostic])
        }
        var report = try self.report(for: reading.profile, source: Location(file: path))
        report.warnings = reading.warnings.map(\.diagnostic) + report.warnings
        return report
    }

    /// Assesses and renders `profile`, without writing anything. `source` is where the profile
    /// came from (a file, a roster row), for diagnostics.
    public func report(for profile: StudentProfile, source: Location) throws(PipelineError) -> Report {
        try report(for: setup.assessor.assess(profile), source: source)
    }

    /// Renders an assessment already made with ``ReportSetup/assessor``, without writing anything.
    ///
    /// - Throws: a ``PipelineError/Category/report`` error naming the student when the template
    ///   can't be bound to this student's data or a renderer fails; a ``PipelineError/Category/usage``
    ///   error when an email has no sender.
    public func report(for assessment: StudentAssessment, source: Location) throws(PipelineError) -> Report {
        let profile = assessment.profile
        let data = StudentReportData.make(
            assessment, catalog: setup.catalog, date: date.isoDay, language: setup.template.language)
        let document: ReportDocument
        do {
            document = try setup.template.bind(data, theme: setup.theme)
        } catch {
            throw PipelineError(.report, error.diagnostics.map { $0.diagnostic.about(student: profile.id) })
        }
        var needed: Set<RenderSession.Format> = []
        for format in formats {
            switch format {
            case .pdf: needed.insert(.pdf)
            case .html: needed.insert(.html)
            case .txt: needed.insert(.text)
            case .eml: needed.formUnion(email.attachPDF ? [.text, .emailHTML, .pdf] : [.text, .emailHTML])
            }
        }
        let rendered = try setup.session.render(
            document, formats: needed, options: PDFOptions(creationDate: date.date, strictGlyphs: strictGlyphs),
            at: source, student: profile.id)
        var report = Report(studentID: profile.id, files: [], warnings: rendered.warnings)
        for format in formats {
            let name = "\(profile.id).\(format.fileExtension)"
            switch format {
            case .pdf:
                report.files.append((name, rendered.pdf ?? []))
            case .html:
                report.files.append((name, rendered.html ?? []))
            case .txt:
                report.files.append((name, Array((rendered.text ?? "").utf8)))
            case .eml:
                let bytes = try message(
                    title: document.metadata.title, text: rendered.text ?? "", html: rendered.emailHTML ?? "",
                    images: document.images.map(EmailInlineImage.init), for: profile, source: source,
                    pdf: email.attachPDF ? rendered.pdf : nil)
                report.files.append((name, bytes))
            }
        }
        return report
    }

    /// The report as an email to the student (or to `email.to`), from `email.from`.
    private func message(
        title: String, text: String, html: String, images: [EmailInlineImage], for profile: StudentProfile,
        source: Location, pdf: [UInt8]?
    ) throws(PipelineError) -> [UInt8] {
        guard let from = email.from else {
            throw .usage(.emlNeedsSender)
        }
        let recipient: MailAddress
        if let to = email.to {
            recipient = to
        } else if let address = profile.email {
            do {
                recipient = try MailAddress(name: profile.name.fullName, address: address)
            } catch {
                throw .report(.studentEmailInvalid(reason: error.reason), at: source, student: profile.id)
            }
        } else {
            throw .report(.studentHasNoEmail, at: source, student: profile.id)
        }
        let attachments =
            pdf.map {
                [
                    EmailAttachment(
                        fileName: Self.fileName(for: title) + ".pdf", contentType: "application/pdf", bytes: $0)
                ]
            } ?? []
        let message = EmailMessage(
            from: from, to: recipient, subject: title,
            date: EmailDate.format(secondsSince1970: Int64(date.date.timeIntervalSince1970)),
            text: text, html: html, attachments: attachments, inlineImages: images)
        return message.bytes()
    }

    /// A title made safe as an attachment's file name (the recipient's copy; never written to disk here).
    static func fileName(for title: String) -> String {
        let unsafe = Set("/\\:*?\"<>|")
        let cleaned = String(title.map { unsafe.contains($0) || $0.isNewline ? "-" : $0 }).trimmingCharacters(
            in: .whitespaces)
        return cleaned.isEmpty ? "report" : String(cleaned.prefix(120))
    }

    /// Writes a report's files into `folder` (created if needed); returns the paths written.
    /// If one file fails, the ones already written for this report are removed again.
    public func write(_ report: Report, into folder: URL) throws(PipelineError) -> [String] {
        try AtomicFile.prepareFolder(folder)
        var written: [String] = []
        for (name, bytes) in report.files {
            let url = folder.appendingPathComponent(name)
            do {
                try AtomicFile.write(bytes, to: url)
            } catch {
                for path in written { try? FileManager.default.removeItem(atPath: path) }
                throw error
            }
            written.append(url.relativePath)
        }
        return written
    }
}

import ArgumentParser
import Diagnostics
import MIME
import ReportPipeline

/// How `.eml` reports are addressed; shared by every command that writes reports.
struct EmailOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Sender of .eml reports, e.g. 'Ana Rivera <rivera@school.org>'.", valueName: "address"))
    var from: String?

    @Option(
        help: ArgumentHelp(
            "Send every .eml report to this address (default: the student's email).", valueName: "address"))
    var to: String?

    @Flag(help: "Attach the PDF report to each .eml.")
    var attachPDF = false

    /// The settings, or a usage error naming the option.
    func settings(for formats: [OutputFormat]) throws(PipelineError) -> EmailSettings {
        guard formats.contains(.eml) else {
            if from != nil || to != nil || attachPDF {
                throw .usage(.emailOptionsWithoutEml)
            }
            return EmailSettings()
        }
        guard let from else {
            throw .usage(.emlNeedsSender)
        }
        return EmailSettings(
            from: try address(from, option: "--from"),
            to: try to.map { text throws(PipelineError) in
                try address(text, option: "--to")
            }, attachPDF: attachPDF)
    }

    private func address(_ text: String, option: String) throws(PipelineError) -> MailAddress {
        do {
            return try MailAddress(parsing: text)
        } catch {
            throw .usage(.invalidAddress(reason: "\(error)"), option: option)
        }
    }
}

import ArgumentParser
import Foundation
import ReportPipeline
import ReportTemplates

/// `career-report template`: work with report templates.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Check report templates before using them.",
        subcommands: [Check.self])

    /// `career-report template check FILE...`: every problem of every template, with its place.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check templates as generate does, and list every problem found.",
            discussion: """
                Each template is read safely (no DOCTYPE, no entities, at most 1 MiB), validated against \
                schema/report.xsd, checked (unique ids, heading levels, page counters ...), and every data \
                path it uses is looked up in the data model it binds (<report data="...">, student by \
                default), with a suggestion for a misspelt one. Problems are printed one per line as \
                FILE:LINE:COLUMN: error: MESSAGE (or warning:), then a summary.

                Exit codes: 0 no template has an error (warnings are fine); 1 at least one has.
                """)

        @Argument(help: ArgumentHelp("Template files to check.", valueName: "file"))
        var files: [String]

        @Option(
            help: ArgumentHelp(
                "Folder with schema/report.xsd (default: found beside the tool, or $CAREER_REPORT_TEMPLATES).",
                valueName: "dir"))
        var templates: String?

        func run() throws {
            let schema: TemplateSchema
            do {
                schema = try ReportSetup.loadSchema(in: TemplateFolder.locate(explicit: templates))
            } catch {
                Console.error(error.description)
                throw ExitCode(1)
            }
            var withErrors = 0, withWarnings = 0
            for file in files {
                let diagnostics: [TemplateDiagnostic]
                do {
                    diagnostics = try ReportTemplate.load(
                        contentsOf: URL(fileURLWithPath: file), schema: schema, dataModels: ReportSetup.dataModels
                    ).warnings
                } catch {
                    diagnostics = error.diagnostics
                }
                diagnostics.map(\.description).forEach(Console.warning)
                if diagnostics.contains(where: { $0.severity == .error }) {
                    withErrors += 1
                } else if !diagnostics.isEmpty {
                    withWarnings += 1
                }
            }
            Console.info(Self.summary(checked: files.count, withErrors: withErrors, withWarnings: withWarnings))
            if withErrors > 0 { throw ExitCode(1) }
        }

        /// `2 templates checked: 1 with errors, 1 with warnings`.
        static func summary(checked: Int, withErrors: Int, withWarnings: Int) -> String {
            var parts: [String] = []
            if withErrors > 0 { parts.append("\(withErrors) with errors") }
            if withWarnings > 0 { parts.append("\(withWarnings) with warnings only") }
            let noun = checked == 1 ? "template" : "templates"
            return "\(checked) \(noun) checked: \(parts.isEmpty ? "no problems found" : parts.joined(separator: ", "))"
        }
    }
}

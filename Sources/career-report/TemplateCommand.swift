import ArgumentParser
import Diagnostics
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
                default), with a suggestion for a misspelt one. The folder's theme.json is checked as \
                generate loads it, with a warning for each text colour whose contrast with its background \
                is below WCAG 2.1 AA (4.5:1). Problems are printed one per line as \
                FILE:LINE:COLUMN: error: MESSAGE (or warning:), then a summary.

                Exit codes: 0 no template has an error (warnings are fine); 1 at least one has, or theme.json \
                can't be used.
                """)

        @Argument(help: ArgumentHelp("Template files to check.", valueName: "file"))
        var files: [String]

        @Option(
            help: ArgumentHelp(
                "Folder with schema/report.xsd and theme.json (default: found beside the tool, or $CAREER_REPORT_TEMPLATES).",
                valueName: "dir"))
        var templates: String?

        func run() throws {
            let schema: TemplateSchema
            let folder: URL
            do {
                folder = try TemplateFolder.locate(explicit: templates)
                schema = try ReportSetup.loadSchema(in: folder)
            } catch {
                Console.report(error)
                throw Console.exitCode(for: error.category)
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
                diagnostics.map(\.diagnostic).forEach(Console.report)
                if diagnostics.contains(where: { $0.severity == .error }) {
                    withErrors += 1
                } else if !diagnostics.isEmpty {
                    withWarnings += 1
                }
            }
            let theme: ThemeResult
            do {
                let warnings = try ReportSetup.checkTheme(in: folder)
                warnings.forEach(Console.report)
                theme = warnings.isEmpty ? .fine : .warnings(warnings.count)
            } catch {
                Console.report(error)
                theme = .error
            }
            Console.info(
                Self.summary(checked: files.count, withErrors: withErrors, withWarnings: withWarnings, theme: theme))
            if withErrors > 0 || theme == .error { throw ExitCode(1) }
        }

        /// What checking the folder's `theme.json` found.
        enum ThemeResult: Equatable {
            case fine, warnings(Int), error
        }

        /// `2 templates checked: 1 with errors, 1 with warnings only; the theme has 2 warnings`.
        static func summary(checked: Int, withErrors: Int, withWarnings: Int, theme: ThemeResult) -> String {
            var parts: [String] = []
            if withErrors > 0 { parts.append("\(withErrors) with errors") }
            if withWarnings > 0 { parts.append("\(withWarnings) with warnings only") }
            let noun = checked == 1 ? "template" : "templates"
            let templates =
                "\(checked) \(noun) checked: \(parts.isEmpty ? "no problems found" : parts.joined(separator: ", "))"
            switch theme {
            case .fine: return templates
            case .warnings(let count): return templates + "; theme.json has \(count) warning\(count == 1 ? "" : "s")"
            case .error: return templates + "; theme.json has an error"
            }
        }
    }
}

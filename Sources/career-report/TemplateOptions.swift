import ArgumentParser
import ReportPipeline

/// Where templates come from, and which one to use; shared by every command that renders.
struct TemplateOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Folder with student-report.xml, theme.json and schema/ (default: found beside the tool, or $CAREER_REPORT_TEMPLATES).",
            valueName: "dir"))
    var templates: String?

    @Option(
        name: .customLong("template"),
        help: ArgumentHelp(
            "A report template to use instead of student-report.xml; overrides --lang.", valueName: "file"))
    var templateFile: String?

    @Option(
        help: ArgumentHelp(
            "The report's language: en (default) uses student-report.xml, any other uses <lang>/student-report.xml of the templates folder, such as es.",
            valueName: "lang"))
    var lang: String?

    /// The template file these options choose: `--template`, else the student report for `--lang`,
    /// else nil for the folder's default `student-report.xml`.
    ///
    /// Throws when `--lang` is not a language code or the templates folder has no template for it.
    var template: String? {
        get throws(PipelineError) {
            if let templateFile { return templateFile }
            guard let lang else { return nil }
            return try TemplateFolder.studentTemplate(
                in: TemplateFolder.locate(explicit: templates), language: OptionValues.language(lang)
            ).path
        }
    }
}

import ArgumentParser

/// Where templates come from; shared by every command that renders.
struct TemplateOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Folder with student-report.xml, theme.json and schema/ (default: found beside the tool, or $CAREER_REPORT_TEMPLATES).",
            valueName: "dir"))
    var templates: String?

    @Option(help: ArgumentHelp("A report template to use instead of student-report.xml.", valueName: "file"))
    var template: String?
}

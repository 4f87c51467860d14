import Foundation

/// Finds the folder holding `student-report.xml`, `theme.json` and `schema/report.xsd`.
///
/// Looked for, in order: the `--templates` option; `$CAREER_REPORT_TEMPLATES`; a `templates`
/// folder beside or above the executable (a build inside the repository);
/// `../share/career-report/templates` from the executable (an installed copy);
/// `./templates` in the current folder.
public enum TemplateFolder {
    /// The schema's path inside the folder; its presence marks a templates folder.
    static let marker = "schema/report.xsd"

    /// The templates folder to use; throws listing the places tried.
    public static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(PipelineError) -> URL
    {
        if let explicit {
            let url = URL(fileURLWithPath: explicit)
            guard isTemplateFolder(url) else {
                throw .input(
                    "\(explicit): not a templates folder (it has no \(marker)); give the folder that holds student-report.xml and schema/"
                )
            }
            return url
        }
        var tried: [URL] = []
        if let fromEnvironment = environment["CAREER_REPORT_TEMPLATES"] {
            tried.append(URL(fileURLWithPath: fromEnvironment))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        var folder = executable
        for _ in 0..<5 {
            tried.append(folder.appendingPathComponent("templates"))
            folder = folder.deletingLastPathComponent()
        }
        tried.append(executable.appendingPathComponent("../share/career-report/templates").standardizedFileURL)
        tried.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("templates"))
        if let found = tried.first(where: isTemplateFolder) { return found }
        throw .input(
            "can't find the templates folder (looked in \(tried.map(\.path).joined(separator: ", "))); pass --templates DIR or set CAREER_REPORT_TEMPLATES"
        )
    }

    private static func isTemplateFolder(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(marker).path)
    }
}

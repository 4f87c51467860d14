import CareerModel
import Diagnostics
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
    /// The English student report's file name; other languages keep theirs in `<language>/`.
    static let studentReport = "student-report.xml"
    /// The language of `student-report.xml` at the top of the folder.
    public static let defaultLanguage = "en"

    /// The student report template for `tag`: `student-report.xml` for English,
    /// `<code>/student-report.xml` for any other, such as `es/student-report.xml` (for `es` or `ES`).
    ///
    /// - Throws: an ``PipelineError/Category/input`` error naming the languages the folder has
    ///   when there is no template for the language.
    public static func studentTemplate(in folder: URL, language tag: LanguageTag) throws(PipelineError) -> URL {
        let language = tag.code
        let url =
            language == defaultLanguage
            ? folder.appendingPathComponent(studentReport)
            : folder.appendingPathComponent(language).appendingPathComponent(studentReport)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw PipelineError(
                .input,
                [
                    .error(
                        .noTemplateForLanguage(
                            language: language, path: url.path, available: languages(in: folder),
                            fileName: studentReport), at: Location(field: "--lang"))
                ])
        }
        return url
    }

    /// The languages `folder` has a student report for, default first, the others by name.
    public static func languages(in folder: URL) -> [String] {
        let others = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return [defaultLanguage]
            + others.sorted().filter {
                $0 != defaultLanguage
                    && FileManager.default.fileExists(
                        atPath: folder.appendingPathComponent($0).appendingPathComponent(studentReport).path)
            }
    }

    /// The templates folder to use; throws listing the places tried.
    public static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(PipelineError) -> URL
    {
        if let explicit {
            let url = URL(fileURLWithPath: explicit)
            guard isTemplateFolder(url) else {
                throw .usage(.notATemplatesFolder(path: explicit, marker: marker), option: "--templates")
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
        throw .input(.templatesFolderNotFound(tried: tried.map(\.path)))
    }

    private static func isTemplateFolder(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(marker).path)
    }
}

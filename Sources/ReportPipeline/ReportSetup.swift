import Assessment
import CareerInput
import CareerModel
import Foundation
import ReportDocument
import ReportTemplates

/// Everything loaded once and shared by every report of a run: the catalog (prepared for
/// assessment), the checked template and the theme. Immutable, so reports can be made in parallel.
public struct ReportSetup: Sendable {
    /// Assesses profiles against the catalog; the catalog is prepared once, here.
    public let assessor: Assessor
    /// The template every report is bound with, already parsed and validated.
    public let template: ReportTemplate
    /// The look shared by the renderers.
    public let theme: Theme
    /// Warnings about the run as a whole, to show once (for example a catalog without text in
    /// the template's language); each names the file it is about.
    public let warnings: [String]
    /// The files the setup was read from (the template, the theme, a catalog file), so a run can
    /// tell when reports are older than them; empty for a setup made from loaded parts.
    public let files: [String]

    /// The careers and skill vocabulary.
    public var catalog: Catalog { assessor.catalog }

    /// Creates a setup from already-loaded parts.
    public init(
        catalog: Catalog, template: ReportTemplate, theme: Theme, warnings: [String] = [], files: [String] = []
    ) {
        assessor = Assessor(catalog: catalog)
        self.template = template
        self.theme = theme
        self.warnings = warnings
        self.files = files
    }

    /// The data models templates can bind, by the name a template gives in `<report data="...">`
    /// (`student` when it gives none). A new kind of report adds its data builder's shape here.
    public static let dataModels: [String: ReportShape] = [
        "student": StudentReportData.shape, ClassSummaryData.modelName: ClassSummaryData.shape,
        QuestionnaireData.modelName: QuestionnaireData.shape,
    ]

    /// Loads `template` (default: `student-report.xml`) and `theme.json` from `folder`, and the
    /// catalog from `catalogFile` (default: the built-in one).
    ///
    /// The template is checked as `template check` checks it before anything is rendered: against
    /// `schema/report.xsd`, by the semantic checks, and every data path against the shape of the
    /// model it binds, looked up in `dataModels`. When the catalog lacks text in the template's
    /// language, ``warnings`` says so (the report shows the English text there), as it does for a
    /// theme colour with too little contrast for text.
    /// - Throws: ``PipelineError/input(_:)`` listing every error in the template, one
    ///   `file:line:col: error: message` per line; or naming the theme or catalog that failed.
    public static func load(
        templatesFolder folder: URL, template: String? = nil, catalogFile: String? = nil,
        dataModels: [String: ReportShape] = dataModels
    ) throws(PipelineError) -> ReportSetup {
        let catalog = try loadCatalog(catalogFile)
        let schema = try loadSchema(in: folder)
        let report: ReportTemplate
        let templateURL =
            template.map { URL(fileURLWithPath: $0) } ?? folder.appendingPathComponent(TemplateFolder.studentReport)
        do {
            report = try ReportTemplate.load(contentsOf: templateURL, schema: schema, dataModels: dataModels)
        } catch {
            throw .input(error.diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "\n"))
        }
        let themeFile = folder.appendingPathComponent("theme.json")
        let theme = try loadTheme(themeFile)
        return ReportSetup(
            catalog: catalog, template: report, theme: theme,
            warnings: themeWarnings(theme, file: themeFile)
                + (translationWarning(catalog, file: catalogFile, language: report.language).map { [$0] } ?? []),
            files: [templateURL.path, themeFile.path] + (catalogFile.map { [$0] } ?? []))
    }

    /// Checks `theme.json` in `folder` as `generate` and `batch` load it, for `template check`.
    /// - Returns: its warnings (``themeWarnings(_:file:)``).
    /// - Throws: ``PipelineError/input(_:)`` naming the file when the theme can't be used.
    public static func checkTheme(in folder: URL) throws(PipelineError) -> [String] {
        let file = folder.appendingPathComponent("theme.json")
        return themeWarnings(try loadTheme(file), file: file)
    }

    /// What is usable but wrong in a theme, one `FILE: warning: ...` line each: colours without
    /// enough contrast for text (WCAG 2.1 AA) and colours that can't be read.
    static func themeWarnings(_ theme: Theme, file: URL) -> [String] {
        ThemeContrast.warnings(for: theme).map { "\(file.path): warning: \($0)" }
    }

    /// Which careers and skills would show English text in a report in `language`, or nil when
    /// the catalog has all of it (always for English).
    static func translationWarning(_ catalog: Catalog, file: String?, language: String) -> String? {
        let gaps = catalog.translationGaps(for: language)
        guard !gaps.isEmpty else { return nil }
        func counted(_ names: [String], of total: Int, _ kind: String) -> String {
            let shown = names.prefix(3).joined(separator: ", ") + (names.count > 3 ? ", …" : "")
            return "\(names.count) of \(total) \(kind) (\(shown))"
        }
        var missing: [String] = []
        if !gaps.careers.isEmpty { missing.append(counted(gaps.careers, of: catalog.careers.count, "careers")) }
        if !gaps.skills.isEmpty { missing.append(counted(gaps.skills, of: catalog.skills.count, "skills")) }
        if gaps.attribution { missing.append("the attribution") }
        let list =
            missing.count == 1
            ? missing[0] : missing.dropLast().joined(separator: ", ") + " and " + missing[missing.count - 1]
        return "\(file ?? "the built-in catalog"): warning: translations: the report is in '\(language)', but the "
            + "catalog has no '\(language)' text, or only some, for \(list); the report shows the English text there. "
            + "To translate them, add \"translations\": {\"\(language)\": ...} (see docs/catalog-sources.md)"
    }

    /// The template language's schema, `schema/report.xsd` in `folder`, compiled.
    public static func loadSchema(in folder: URL) throws(PipelineError) -> TemplateSchema {
        do {
            return try TemplateSchema(contentsOf: folder.appendingPathComponent(TemplateFolder.marker))
        } catch {
            throw .input(error.diagnostics.map(\.description).joined(separator: "\n"))
        }
    }

    /// The catalog in `file`, or the built-in starter catalog.
    /// The catalog (see ``CatalogFile/load(_:)``), checked for what a student report needs
    /// beyond that: the report compares the student's best marketing and IT careers, so the
    /// catalog needs one of each (`assess` and `catalog` don't).
    static func loadCatalog(_ file: String?) throws(PipelineError) -> Catalog {
        let catalog: Catalog
        do {
            catalog = try CatalogFile.load(file)
        } catch {
            throw .input(error.description)
        }
        for family in [CareerFamily.marketing, .it] where !catalog.careers.contains(where: { $0.family == family }) {
            throw .input(
                "\(file ?? "the built-in catalog"): error: careers: the catalog has no career of the family '\(family.rawValue)'; a report compares marketing and IT careers, so add at least one of each"
            )
        }
        return catalog
    }

    /// Reads a theme file; every field is optional (see ``Theme``).
    static func loadTheme(_ url: URL) throws(PipelineError) -> Theme {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .input("\(url.path): the theme file is missing; restore templates/theme.json")
        }
        let theme: Theme
        do {
            theme = try JSONDecoder().decode(Theme.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            if let located = YAMLSyntax.firstError(in: String(decoding: data, as: UTF8.self), file: url.path) {
                throw .input(located.description)
            }
            throw .input(
                "\(url.path): error: the theme is not valid JSON (\(context.underlyingError.map { "\($0)" } ?? context.debugDescription))"
            )
        } catch let DecodingError.typeMismatch(_, context) {
            throw .input(
                "\(url.path): error: \(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
            )
        } catch {
            throw .input("\(url.path): error: the theme can't be read (\(error))")
        }
        if let problem = ThemeCheck.problem(in: theme) { throw .input("\(url.path): error: \(problem)") }
        return theme
    }
}

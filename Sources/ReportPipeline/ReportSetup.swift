import Assessment
import CareerInput
import CareerModel
import Diagnostics
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
    /// What every document of the run is rendered with: the theme, the schema, the renderers' caches.
    public let session: RenderSession
    /// Warnings about the run as a whole, to show once: the template's own (a skipped heading
    /// level), a theme colour with too little contrast, a catalog without text in the template's
    /// language; each names the file it is about.
    public let warnings: [Diagnostic]
    /// The files the setup was read from (the template, the theme, a catalog file), so a run can
    /// tell when reports are older than them; empty for a setup made from loaded parts.
    public let files: [String]

    /// The careers and skill vocabulary.
    public var catalog: Catalog { assessor.catalog }
    /// The look shared by the renderers.
    public var theme: Theme { session.theme }

    /// Creates a setup from already-loaded parts.
    public init(
        catalog: Catalog, template: ReportTemplate, session: RenderSession, warnings: [Diagnostic] = [],
        files: [String] = []
    ) {
        assessor = Assessor(catalog: catalog)
        self.template = template
        self.session = session
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
    /// model it binds, looked up in `dataModels`. ``warnings`` holds the template's warnings and says
    /// when the catalog lacks text in the template's language (the report shows the English text
    /// there) or a theme colour has too little contrast for text.
    /// - Throws: an ``PipelineError/Category/input`` error with every error in the template, or
    ///   naming the theme or catalog that failed.
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
            throw PipelineError(.input, error.diagnostics.filter { $0.severity == .error }.map(\.diagnostic))
        }
        let themeFile = folder.appendingPathComponent("theme.json")
        let theme = try loadTheme(themeFile)
        return ReportSetup(
            catalog: catalog, template: report, session: RenderSession(theme: theme, schema: schema),
            warnings: report.warnings.map(\.diagnostic) + themeWarnings(theme, file: themeFile)
                + (translationWarning(catalog, file: catalogFile, language: report.language).map { [$0] } ?? []),
            files: [templateURL.path, themeFile.path] + (catalogFile.map { [$0] } ?? []))
    }

    /// Checks `theme.json` in `folder` as `generate` and `batch` load it, for `template check`.
    /// - Returns: its warnings (``themeWarnings(_:file:)``).
    /// - Throws: an ``PipelineError/Category/input`` error naming the file when the theme can't be used.
    public static func checkTheme(in folder: URL) throws(PipelineError) -> [Diagnostic] {
        let file = folder.appendingPathComponent("theme.json")
        return themeWarnings(try loadTheme(file), file: file)
    }

    /// What is usable but wrong in a theme: colours without enough contrast for text (WCAG 2.1 AA)
    /// and colours that can't be read.
    static func themeWarnings(_ theme: Theme, file: URL) -> [Diagnostic] {
        ThemeContrast.warnings(for: theme).map { $0.located(in: file.path) }
    }

    /// Which careers and skills would show English text in a report in `language`, or nil when
    /// the catalog has all of it (always for English).
    static func translationWarning(_ catalog: Catalog, file: String?, language: String) -> Diagnostic? {
        let gaps = catalog.translationGaps(for: language)
        guard !gaps.isEmpty else { return nil }
        return .warning(
            .translationsMissing(
                language: language, careers: gaps.careers, careerCount: catalog.careers.count, skills: gaps.skills,
                skillCount: catalog.skills.count, attribution: gaps.attribution),
            at: Location(file: file ?? "the built-in catalog", field: "translations"))
    }

    /// The template language's schema, `schema/report.xsd` in `folder`, compiled.
    public static func loadSchema(in folder: URL) throws(PipelineError) -> TemplateSchema {
        do {
            return try TemplateSchema(contentsOf: folder.appendingPathComponent(TemplateFolder.marker))
        } catch {
            throw PipelineError(.input, error.diagnostics.map(\.diagnostic))
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
            throw PipelineError(.input, [error.diagnostic])
        }
        // The report compares the student's best marketing and IT careers; without one of each it can't be bound.
        for family in [CareerFamily.marketing, .it] where !catalog.careers.contains(where: { $0.family == family }) {
            throw .input(
                .catalogLacksFamily(family: family.rawValue),
                at: Location(file: file ?? "the built-in catalog", field: "careers"))
        }
        return catalog
    }

    /// Reads a theme file; every field is optional (see ``Theme``).
    static func loadTheme(_ url: URL) throws(PipelineError) -> Theme {
        let file = Location(file: url.path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .input(.themeMissing, at: file)
        }
        let theme: Theme
        do {
            theme = try JSONDecoder().decode(Theme.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            if let located = YAMLSyntax.firstError(in: String(decoding: data, as: UTF8.self), file: url.path) {
                throw PipelineError(.input, [located.diagnostic])
            }
            throw .input(
                .themeNotJSON(detail: context.underlyingError.map { "\($0)" } ?? context.debugDescription), at: file)
        } catch let DecodingError.typeMismatch(_, context) {
            throw .input(
                .themeWrongType(detail: context.debugDescription),
                at: Location(file: url.path, field: context.codingPath.map(\.stringValue).joined(separator: ".")))
        } catch {
            throw .input(.themeUnreadable(detail: "\(error)"), at: file)
        }
        if let problem = ThemeCheck.problem(in: theme) { throw PipelineError(.input, [problem.located(in: url.path)]) }
        return theme
    }
}

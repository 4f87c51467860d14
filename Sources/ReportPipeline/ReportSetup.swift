import CareerInput
import CareerModel
import Foundation
import ReportDocument
import ReportTemplates

/// Everything loaded once and shared by every report of a run: the catalog, the compiled schema,
/// the checked template and the theme. Immutable, so reports can be made in parallel.
public struct ReportSetup: Sendable {
    /// The careers and skill vocabulary.
    public var catalog: Catalog
    /// The template every report is bound with, already parsed and validated.
    public var template: ReportTemplate
    /// The look shared by the renderers.
    public var theme: Theme

    /// Creates a setup from already-loaded parts.
    public init(catalog: Catalog, template: ReportTemplate, theme: Theme) {
        self.catalog = catalog
        self.template = template
        self.theme = theme
    }

    /// Loads `template` (default: `student-report.xml`) and `theme.json` from `folder`, validating the
    /// template against `schema/report.xsd`, and the catalog from `catalogFile` (default: the built-in one).
    public static func load(
        templatesFolder folder: URL, template: String? = nil, catalogFile: String? = nil
    ) throws(PipelineError) -> ReportSetup {
        let catalog = try loadCatalog(catalogFile)
        let schema: TemplateSchema
        let report: ReportTemplate
        do {
            schema = try TemplateSchema(contentsOf: folder.appendingPathComponent(TemplateFolder.marker))
            let templateURL =
                template.map { URL(fileURLWithPath: $0) } ?? folder.appendingPathComponent("student-report.xml")
            report = try ReportTemplate.load(contentsOf: templateURL, schema: schema)
        } catch {
            throw .input(error.diagnostics.map(\.description).joined(separator: "\n"))
        }
        return ReportSetup(
            catalog: catalog, template: report, theme: try loadTheme(folder.appendingPathComponent("theme.json")))
    }

    /// The catalog in `file`, or the built-in starter catalog.
    static func loadCatalog(_ file: String?) throws(PipelineError) -> Catalog {
        if let file {
            do {
                return try CatalogFile.read(file)
            } catch {
                throw .input(error.description)
            }
        }
        do {
            return try Catalog.starter()
        } catch {
            throw .input("the built-in catalog can't be read (\(error)); this is a bug, please report it")
        }
    }

    /// Reads a theme file; every field is optional (see ``Theme``).
    static func loadTheme(_ url: URL) throws(PipelineError) -> Theme {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .input("\(url.path): the theme file is missing; restore templates/theme.json")
        }
        do {
            return try JSONDecoder().decode(Theme.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
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
    }
}

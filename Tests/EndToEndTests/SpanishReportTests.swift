import Foundation
import Testing

@Suite("The Spanish report (--lang es), run as a user would")
struct SpanishReportTests {
    static let hasPoppler = CLI.has("pdftotext")

    /// English words of the starter catalog that must not reach a Spanish report of José:
    /// his careers' titles and first jobs, his skills, course wording, interest names, the attribution.
    static let englishWords = [
        "Public Relations Specialist", "Search Marketing Strategist", "Business Intelligence Analyst",
        "Email & CRM Marketing Specialist", "Shapes how the public sees", "Communications Assistant",
        "Social Media Coordinator", "Junior", "Writing", "Data analysis", "Understanding customers", "Persuasion,",
        "Spreadsheets", "Web analytics", "Storytelling", "Search engine optimisation", "Google via Coursera",
        "Semrush Academy SEO courses", "Enterprising", "Investigative", "Artistic", "This report includes",
        "Department of Labor", "Used under",
    ]

    /// José's Spanish report as text, by format: the PDF through pdftotext, the HTML without its
    /// tags, the plain text as written.
    func josesReport(_ extra: [String] = [], in folder: URL) throws -> (texts: [String: String], stderr: String) {
        let profile = CLI.repository.appendingPathComponent("samples/profiles/jose-creative.yaml").path
        let result = try CLI.run(
            ["generate", profile, "--lang", "es", "--format", "pdf,html,txt", "--out", "."] + extra, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let pdf = try CLI.tool("pdftotext", ["-enc", "UTF-8", folder.appendingPathComponent("s-0001.pdf").path, "-"])
        var texts = ["pdf": pdf.stdout]
        let html = try String(contentsOf: folder.appendingPathComponent("s-0001.html"), encoding: .utf8)
        texts["html"] = html.replacing(/<[^>]*>/, with: " ").replacing("&amp;", with: "&")
        texts["txt"] = try String(contentsOf: folder.appendingPathComponent("s-0001.txt"), encoding: .utf8)
        // Lines are wrapped (and tags close) differently in each format: compare words, not lines.
        return (texts.mapValues { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }, result.stderr)
    }

    @Test(
        "José's Spanish report names his careers, skills and first jobs in Spanish, in every format",
        .enabled(if: hasPoppler, "needs pdftotext (poppler-utils): run `make test-deps`"))
    func spanishThroughout() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (texts, stderr) = try josesReport(in: folder)
        #expect(stderr.isEmpty, "the built-in catalog has all its Spanish: \(stderr)")
        for (format, text) in texts {
            for spanish in [
                "Especialista en relaciones públicas", "Gerente de redes sociales",
                "Estratega de marketing en buscadores",
                "Influye en cómo ve el público", "Asistente de comunicación", "Lo que ya aportas: Redacción",
                "compartes los intereses emprendedor y artístico", "Comprensión de clientes y usuarios",
                "Cursos de SEO", "Google Analytics Certification", "Departamento de Trabajo de los Estados Unidos",
            ] {
                #expect(text.contains(spanish), "\(format): \(spanish)")
            }
            for english in Self.englishWords {
                #expect(!text.contains(english), "\(format) has English: \(english)")
            }
        }
    }

    @Test(
        "a catalog without Spanish text still makes the Spanish report, in English there, with one warning",
        .enabled(if: hasPoppler, "needs pdftotext (poppler-utils): run `make test-deps`"))
    func catalogWithoutSpanish() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let starter = CLI.repository.appendingPathComponent("Sources/CareerModel/Resources/starter-catalog.json")
        let catalog = try JSONSerialization.jsonObject(with: Data(contentsOf: starter))
        try JSONSerialization.data(withJSONObject: Self.removingTranslations(catalog)).write(
            to: folder.appendingPathComponent("english.json"))
        let (texts, stderr) = try josesReport(["--catalog", "english.json"], in: folder)
        let warnings = stderr.split(separator: "\n")
        #expect(warnings.count == 1, "\(stderr)")
        #expect(warnings.first?.hasPrefix("english.json: warning: translations: the report is in 'es'") == true)
        #expect(warnings.first?.contains("42 of 42 careers") == true)
        for (format, text) in texts {
            #expect(text.contains("Public Relations Specialist"), "\(format)")
            #expect(text.contains("Lo que ya aportas: Writing"), "\(format)")
            #expect(text.contains("This report includes information from the O*NET"), "\(format)")
            #expect(text.contains("Tu informe de orientación profesional"), "\(format): the template's own words")
        }
    }

    /// `json` with every `translations` member taken out, at any depth.
    static func removingTranslations(_ json: Any) -> Any {
        if let object = json as? [String: Any] {
            return object.filter { $0.key != "translations" }.mapValues(removingTranslations)
        }
        if let array = json as? [Any] { return array.map(removingTranslations) }
        return json
    }
}

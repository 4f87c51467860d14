import Assessment
import CareerInput
import CareerModel
import Diagnostics
import Foundation
import ReportDocument
import ReportTemplates
import Testing

@testable import ReportPipeline

@Suite("Report data: what templates bind to")
struct StudentReportDataTests {
    let catalog: Catalog
    let data: ReportValue
    let jose: StudentProfile

    init() throws {
        catalog = try Catalog.starter()
        jose = StudentProfile(
            id: "s-0001", name: StudentName(given: "José", family: "Müller"), grade: 11,
            interests: .scores(
                InterestScores([
                    .realistic: 6, .investigative: 26, .artistic: 30, .social: 20, .enterprising: 34, .conventional: 24,
                ]), scale: .ip60),
            skills: ["writing": 5, "data_analysis": 3, "html_css": 2], plans: .bachelor)
        data = StudentReportData.make(Assessor(catalog: catalog).assess(jose), catalog: catalog, date: "2026-11-29")
    }

    /// `catalog` as a catalog without any translation, like most user catalogs.
    static func withoutTranslations(_ catalog: Catalog) -> Catalog {
        var english = catalog
        english.translations = nil
        english.skills = catalog.skills.map { skill in
            var skill = skill
            skill.translations = nil
            return skill
        }
        english.careers = catalog.careers.map { career in
            var career = career
            career.translations = nil
            career.training = career.training.map { course in
                var course = course
                course.translations = nil
                return course
            }
            return career
        }
        return english
    }

    func titles(_ data: ReportValue) -> [ReportValue] {
        guard case .list(let careers) = data.lookup("careers") else { return [] }
        return careers.compactMap { $0.lookup("title") }
    }

    @Test("in Spanish, titles, descriptions, skills, courses and the attribution come from the catalog's Spanish")
    func spanish() throws {
        let assessment = Assessor(catalog: catalog).assess(jose)
        let spanish = StudentReportData.make(assessment, catalog: catalog, date: "2026-11-29", language: "es")
        #expect(StudentReportData.shape.mismatches(in: spanish) == [])
        let expected = assessment.careers.prefix(StudentReportData.careerCount).map {
            ReportValue.string($0.career.translations?.words(for: "es")?.title ?? "")
        }
        #expect(titles(spanish) == expected)
        #expect(titles(spanish).first == .string("Especialista en relaciones públicas"))
        guard case .string(let description)? = spanish.lookup("careers.0.description") else {
            Issue.record("no description")
            return
        }
        #expect(description.contains("comunicados de prensa"))
        #expect(spanish.lookup("careers.0.entry_roles.0") == .string("Asistente de comunicación"))
        #expect(spanish.lookup("careers.0.strengths") == .list([.string("Redacción")]))
        #expect(spanish.lookup("skills.soft_strengths") == .list([.string("Redacción")]))
        #expect(spanish.lookup("answer.best_it.title") == .string("Diseñador de videojuegos"))
        #expect(spanish.lookup("catalog.attribution") == .string(catalog.localizedAttribution(to: "es")))
        // Figures and keys don't depend on the language.
        for path in ["careers.0.fit", "careers.0.band", "careers.0.family", "careers.1.shared_areas", "interests.top"] {
            #expect(spanish.lookup(path) == data.lookup(path), "\(path)")
        }
    }

    @Test("interest areas reach the template as letters, for it to name in its language")
    func interestLetters() {
        #expect(data.lookup("interests.top") == .list(["E", "A", "I"].map { .record(["letter": .string($0)]) }))
        #expect(data.lookup("careers.0.shared_areas.0.letter") == .string("E"))
        #expect(data.lookup("interests.areas.0.name") == nil && data.lookup("interests.code_names") == nil)
    }

    @Test("a catalog without Spanish text gives a Spanish report its English words, field by field")
    func englishFallback() throws {
        let english = Self.withoutTranslations(catalog)
        let assessment = Assessor(catalog: english).assess(jose)
        let spanish = StudentReportData.make(assessment, catalog: english, date: "2026-11-29", language: "es")
        #expect(titles(spanish) == titles(data))
        #expect(spanish.lookup("skills.soft_strengths") == .list([.string("Writing")]))
        #expect(spanish.lookup("catalog.attribution") == .string(catalog.attribution))

        var partly = english
        let specialist = try #require(partly.careers.firstIndex { $0.code == "27-3031.00" })
        partly.careers[specialist].translations = Translations([
            "es": CareerTranslation(title: "Especialista en relaciones públicas")
        ])
        let mixed = StudentReportData.make(
            Assessor(catalog: partly).assess(jose), catalog: partly, date: "2026-11-29", language: "es")
        #expect(mixed.lookup("careers.0.title") == .string("Especialista en relaciones públicas"))
        #expect(mixed.lookup("careers.0.description") == data.lookup("careers.0.description"))
    }

    @Test("a run warns once, naming the catalog, when it lacks text in the template's language")
    func translationWarning() throws {
        let english = Self.withoutTranslations(catalog)
        let warning = try #require(ReportSetup.translationWarning(english, file: "my.json", language: "es"))
        #expect(warning.severity == .warning)
        #expect(warning.location == Location(file: "my.json", field: "translations"))
        guard case .translationsMissing("es", let careers, 42, let skills, 26, true) = warning.problem else {
            Issue.record("expected the missing translations, got \(warning)")
            return
        }
        #expect(
            careers.count == 42 && careers.starts(with: ["advertising-and-promotions-manager", "marketing-manager"]))
        #expect(skills.count == 26 && skills.starts(with: ["data_analysis", "spreadsheets", "sql"]))
        #expect(
            warning.problem.message.contains(
                "26 of 26 skills (data_analysis, spreadsheets, sql, …) and the attribution"))
        #expect(ReportSetup.translationWarning(catalog, file: nil, language: "es") == nil)
        #expect(ReportSetup.translationWarning(english, file: "my.json", language: "en") == nil)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("english.json")
        try JSONEncoder().encode(english).write(to: file)
        let templates = Self.repository.appendingPathComponent("templates")
        let setup = try ReportSetup.load(
            templatesFolder: templates,
            template: TemplateFolder.studentTemplate(in: templates, language: LanguageTag("es")!).path,
            catalogFile: file.path)
        #expect(setup.warnings.count == 1)
        #expect(setup.warnings.first?.location == Location(file: file.path, field: "translations"))
        #expect(try ReportSetup.load(templatesFolder: templates, catalogFile: file.path).warnings == [])
    }

    @Test("the student, their code and their six standardised scores")
    func student() {
        #expect(data.lookup("student.name.full") == .string("José Müller"))
        #expect(data.lookup("student.id") == .string("s-0001"))
        #expect(data.lookup("interests.code") == .string("EAI"))
        #expect(data.lookup("interests.areas.4.percent") == .number(85))  // E: 34 of 40
        #expect(data.lookup("interests.areas.4.is_top") == .bool(true))
        #expect(data.lookup("interests.areas.0.is_top") == .bool(false))
    }

    @Test("five careers, best first, each with its parts")
    func careers() throws {
        guard case .list(let careers) = data.lookup("careers") else { Issue.record("no careers"); return }
        #expect(careers.count == StudentReportData.careerCount)
        let order = ["strong": 3.0, "good": 2, "fair": 1, "exploratory": 0]
        let keys = careers.compactMap { career -> (Double, Double)? in
            guard case .string(let band) = career.lookup("band"), case .number(let fit) = career.lookup("fit") else {
                return nil
            }
            return (order[band] ?? -1, fit)
        }
        #expect(keys.count == careers.count)
        // best first: a better band, or the same band and a fit at least as high
        for (a, b) in zip(keys, keys.dropFirst()) { #expect(a.0 > b.0 || (a.0 == b.0 && a.1 >= b.1)) }
        for career in careers {
            #expect(
                career.lookup("title") != nil && career.lookup("band") != nil && career.lookup("interest_fit") != nil)
        }
    }

    @Test("each top career says in how many of 10 retakes it stays in the best five, rounded down")
    func retakes() throws {
        let assessment = Assessor(catalog: catalog).assess(jose)
        for (index, fit) in assessment.careers.prefix(StudentReportData.careerCount).enumerated() {
            let share = try #require(fit.topFiveShare)
            #expect(data.lookup("careers.\(index).retakes_in_ten") == .number((share * 10 + 1e-9).rounded(.down)))
        }
        #expect(StudentReportData.inTen(1) == 10)
        #expect(StudentReportData.inTen(0.96) == 9)
        // 0.7 · 10 is not exactly 7 in binary: still 7
        #expect(StudentReportData.inTen(0.7) == 7)
        #expect(StudentReportData.inTen(0.095) == 0)
        var codeOnly = jose
        codeOnly.interests = .hollandCode([.enterprising, .artistic, .investigative])
        let letters = StudentReportData.make(
            Assessor(catalog: catalog).assess(codeOnly), catalog: catalog, date: "2026-11-29")
        #expect(letters.lookup("careers.0.retakes_in_ten") == .null)
        #expect(StudentReportData.shape.mismatches(in: letters) == [])
    }

    @Test("the whole name follows the name's own order: 王小明, not 小明 王")
    func cjkName() {
        var wang = jose
        wang.name = StudentName(given: "小明", family: "王")
        let data = StudentReportData.make(Assessor(catalog: catalog).assess(wang), catalog: catalog, date: "2026-11-29")
        #expect(data.lookup("student.name.full") == .string("王小明"))
        #expect(data.lookup("student.name.call") == .string("小明"))
    }

    @Test("the answer names the best career of each family, and the weights are published")
    func answer() {
        for family in ["marketing", "it", "hybrid"] {
            #expect(data.lookup("answer.best_\(family).title") != nil)
        }
        #expect(data.lookup("method.interests_weight") == .number(0.5))
        #expect(data.lookup("balance.leaning") != nil)
        #expect(data.lookup("catalog.attribution") == .string(catalog.attribution))
    }

    @Test("the skill summary names the people skills the top careers need and the technical skills to learn")
    func skillSummary() {
        guard case .list(let soft) = data.lookup("skills.soft_needed"),
            case .list(let technical) = data.lookup("skills.technical_gaps")
        else {
            Issue.record("no skill summary")
            return
        }
        #expect((1...StudentReportData.summaryCount).contains(soft.count))
        #expect((1...StudentReportData.summaryCount).contains(technical.count))
        let softNames = catalog.skills.filter { !$0.technical }.map { ReportValue.string($0.name) }
        #expect(soft.allSatisfy { softNames.contains($0.lookup("name") ?? .null) })
        let technicalNames = catalog.skills.filter(\.technical).map { ReportValue.string($0.name) }
        #expect(technical.allSatisfy { technicalNames.contains($0.lookup("name") ?? .null) })
        // José rates writing 5: a strength; html_css 2 is not a technical strength.
        #expect(data.lookup("skills.soft_strengths") == .list([.string("Writing")]))
        #expect(data.lookup("skills.technical_strengths") == .list([]))
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test("the data made for every sample student conforms exactly to the declared shape")
    func samplesConformToTheShape() throws {
        let folder = Self.repository.appendingPathComponent("samples/profiles")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.count >= 3)
        for file in files {
            let profile = try ProfileReader(catalog: catalog).read(fileAt: folder.appendingPathComponent(file).path)
                .profile
            let made = StudentReportData.make(
                Assessor(catalog: catalog).assess(profile), catalog: catalog, date: "2026-11-29")
            #expect(StudentReportData.shape.mismatches(in: made) == [], "\(file)")
            let spanish = StudentReportData.make(
                Assessor(catalog: catalog).assess(profile), catalog: catalog, date: "2026-11-29", language: "es")
            #expect(StudentReportData.shape.mismatches(in: spanish) == [], "\(file) in Spanish")
        }
        #expect(StudentReportData.shape.mismatches(in: data) == [])
    }

    @Test("every shipped student template passes every check, its paths resolved against the shape")
    func shippedTemplatesPass() throws {
        let templates = Self.repository.appendingPathComponent("templates")
        let schema = try ReportSetup.loadSchema(in: templates)
        let languages = TemplateFolder.languages(in: templates)
        #expect(languages.contains("es"))
        for language in languages {
            let url = try TemplateFolder.studentTemplate(in: templates, language: try #require(LanguageTag(language)))
            let template = try ReportTemplate.load(contentsOf: url, schema: schema, dataModels: ReportSetup.dataModels)
            #expect(template.warnings == [], "\(language)")
            _ = try template.bind(data, theme: .standard)
        }
    }

    @Test("--lang picks <lang>/student-report.xml, whatever the case of the tag; an unknown language is refused")
    func languages() throws {
        let templates = Self.repository.appendingPathComponent("templates")
        func template(_ text: String) throws -> URL {
            try TemplateFolder.studentTemplate(in: templates, language: try #require(LanguageTag(text)))
        }
        #expect(try template("en").lastPathComponent == "student-report.xml")
        #expect(try template("EN").lastPathComponent == "student-report.xml")
        #expect(try template("es").path.hasSuffix("es/student-report.xml"))
        #expect(try template("ES") == template("es"))
        do {
            _ = try TemplateFolder.studentTemplate(in: templates, language: LanguageTag("fr")!)
            Issue.record("expected fr to be refused")
        } catch {
            guard case .noTemplateForLanguage("fr", _, let available, _) = error.diagnostics.first?.problem else {
                Issue.record("expected no template for fr, got \(error)")
                return
            }
            #expect(available == ["en", "es"])
        }
    }

    @Test("ReportSetup refuses a template with a misspelt path, listing every error")
    func setupRunsThePathCheck() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("setup-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.xml")
        try Data(
            """
            <report xmlns="urn:careerreport:template:1" version="1"><meta><title>T</title></meta><body>
            <p><value of="student.nmae.full"/></p>
            <p><value of="carers.0.title"/></p>
            </body></report>
            """.utf8
        ).write(to: bad)
        do {
            _ = try ReportSetup.load(
                templatesFolder: Self.repository.appendingPathComponent("templates"), template: bad.path)
            Issue.record("expected the template to be refused")
        } catch {
            #expect(error.category == .input)
            #expect(error.diagnostics.count == 2)
            #expect(error.diagnostics.map(\.location.line) == [2, 3])
            #expect(error.diagnostics.first?.location == Location(file: bad.path, line: 2, column: 4))
            #expect(error.diagnostics.allSatisfy { $0.severity == .error })
            guard case .template(let message) = error.diagnostics.last?.problem else {
                Issue.record("expected a template problem, got \(error)")
                return
            }
            #expect(message.contains("did you mean 'careers.0.title'?"))
        }
    }
}

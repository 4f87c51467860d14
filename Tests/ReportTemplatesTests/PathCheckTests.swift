import Foundation
import ReportDocument
import ReportTemplates
import Testing

@Suite("Every data path is resolved against the declared data model before anything is bound")
struct PathCheckTests {
    static let student: ReportShape = .record([
        "student": .record([
            "name": .record(["given": .text, "full": .text]),
            "grade": .nullable(.number),
        ]),
        "careers": .list(
            .record(["title": .text, "training": .list(.record(["name": .text, "free": .flag]))])),
    ])
    static let models: [String: ReportShape] = ["student": student, "class": .record(["size": .number])]

    func pathDiagnostics(_ url: URL) throws -> [String] {
        let error = try #require(throws: TemplateError.self) {
            try ReportTemplate.load(contentsOf: url, schema: sharedSchema, dataModels: Self.models)
        }
        return error.diagnostics.map { "\($0.line):\($0.column): \($0.severity): \($0.message)" }
    }

    @Test("each misspelt or misused path is reported on its own line, with the closest valid path")
    func everyPathProblemIsReported() throws {
        let found = try pathDiagnostics(TestFiles.fixture("path-errors.xml"))
        #expect(
            found == [
                "3:27: error: no value 'student.nmae.full' in the student report data; did you mean 'student.name.full'?",
                "6:25: error: format=\"date\" needs text holding a date (yyyy-mm-dd), but 'student.grade' is a number or null",
                "7:8: error: <value of=\"careers\"/> can only write text, a number or yes/no, but 'careers' is a list of records; use <each items=\"careers\"> and write its parts",
                "9:7: error: no value 'carrers' in the student report data; did you mean 'careers'?",
                "13:15: error: no value 'titel' in the student report data; did you mean 'title'?",
                "14:52: error: no value 'fre' in the student report data; did you mean 'free'?",
                "17:8: error: 'careers' is a list, so it has no 'title'; go through it with <each items=\"careers\">, or pick one item by number, such as careers.0",
                "17:40: error: 'student.name.given' is text, so it has no 'first'; remove '.first'",
                "18:54: error: no value 'xyz' in the student report data; here has: full, given, careers, student",
                "19:5: error: <each items=\"student.name\"> needs a list, but 'student.name' is a record; use <value of=\"student.name\"/> to write it",
            ])
    }

    @Test("a template whose paths all resolve loads, and loads without models too (paths then wait for binding)")
    func goodTemplatePasses() throws {
        let text = """
            <report xmlns="urn:careerreport:template:1" version="1"><meta><title>T</title></meta><body>
            <each items="careers"><p><value of="@number"/>. <value of="title"/>, <value of="student.name.given"/>
            <each items="training"><value of="name"/><if true="free"> (free)</if><if true="@last">.</if></each></p></each>
            <with path="student"><p><value of="name.full"/><if exists="grade">, <value of="grade" format="number"/></if></p></with>
            <p><value of="careers.0.title"/></p>
            </body></report>
            """
        let parsed = try ReportTemplate.parse(
            Array(text.utf8), fileName: "good.xml", schema: sharedSchema, dataModels: Self.models)
        #expect(parsed.warnings.isEmpty)
        #expect(parsed.dataModel == "student")
    }

    @Test("<report data=\"...\"> picks the model; an unknown model is an error with a suggestion")
    func dataModelAttribute() throws {
        let classTemplate = """
            <report xmlns="urn:careerreport:template:1" version="1" data="class">
            <meta><title>Class of <value of="size"/></title></meta><body/></report>
            """
        let parsed = try ReportTemplate.parse(
            Array(classTemplate.utf8), fileName: "class.xml", schema: sharedSchema, dataModels: Self.models)
        #expect(parsed.dataModel == "class")

        let studentPathInClass = classTemplate.replacingOccurrences(of: "size", with: "student.name.given")
        let mixed = diagnostics(of: studentPathInClass, models: Self.models)
        #expect(mixed.map(\.message) == ["no value 'student.name.given' in the class report data; here has: size"])

        let unknown = diagnostics(
            of: classTemplate.replacingOccurrences(of: "data=\"class\"", with: "data=\"clas\""), models: Self.models)
        #expect(
            unknown.map(\.description) == [
                "bad.xml:1:1: error: data=\"clas\" on <report> names no data model this tool knows; did you mean data=\"class\"? the known ones are: class, student"
            ])
    }

    @Test("path errors are reported together with the other checks' errors")
    func pathAndSemanticErrorsTogether() {
        let text = """
            <report xmlns="urn:careerreport:template:1" version="1"><meta><title>T</title></meta><body>
            <heading level="1" id="a">A</heading><heading level="1" id="a"><value of="studnet.name.given"/></heading>
            </body></report>
            """
        let found = diagnostics(of: text, models: Self.models).map(\.message)
        #expect(found.count == 2)
        #expect(found.contains { $0.contains("already used") })
        #expect(found.contains { $0.contains("did you mean 'student.name.given'?") })
    }

    func diagnostics(of text: String, models: [String: ReportShape]) -> [TemplateDiagnostic] {
        do {
            _ = try ReportTemplate.parse(
                Array(text.utf8), fileName: "bad.xml", schema: sharedSchema, dataModels: models)
            Issue.record("expected the template to be refused")
            return []
        } catch {
            return error.diagnostics
        }
    }
}

import CareerModel
import Diagnostics
import Foundation
import TestFiles
import Testing
import ZIPFoundation

@testable import CareerInput

@Suite("Reading OneRoster exports")
struct OneRosterTests {
    static let catalog = try! Catalog.starter()
    static let sample11 = TestFiles.repository.appendingPathComponent("samples/oneroster-1.1").path

    func export(_ path: String, responses: String, classID: String? = nil, school: String? = nil) throws
        -> OneRosterExport
    {
        try OneRosterExport(
            path: path, responses: responses, classID: classID, school: school, catalog: Self.catalog,
            defaultScale: .ip60)
    }

    func summary(_ export: OneRosterExport) throws -> [String] {
        export.entries().map { entry in
            switch entry.outcome {
            case .student(let profile, _): "\(profile.id) ok"
            case .optedOut: "\(entry.id ?? "") opted out"
            case .notAssessed: "\(entry.id ?? "") not assessed"
            case .notMatched: "\(entry.id ?? "") not matched"
            case .error: "error \(URL(fileURLWithPath: entry.file).lastPathComponent):\(entry.row)"
            }
        }.sorted()
    }

    @Test(
        "the 1.2 sample: its one student, found through roles.csv and the enrollment, joined with the responses",
        .enabled(if: TestFiles.hasOneRoster12, "needs ../shared/data/oneroster-1.2"))
    func oneRoster12() throws {
        let responses = try TestFiles.write("sourcedId,holland_code,skill.writing\nUSER_0,IRC,4\n", name: "r.csv")
        let path = TestFiles.sharedData.appendingPathComponent("oneroster-1.2").path
        let export = try export(path, responses: responses, classID: "CLASS_001")
        #expect(export.version == "1.2")
        let rows = export.entries()
        #expect(rows.count == 1)
        guard case .student(let profile, _) = rows.first?.outcome else {
            Issue.record("expected a student: \(rows)")
            return
        }
        #expect(profile.id == "USER_0")
        #expect(profile.name.fullName == "Bruce Wayne")
        #expect(profile.skills == ["writing": 4])
    }

    @Test("the 1.1 set: one class selected, inactive and teacher rows left out, dangling references reported")
    func oneRoster11Class() throws {
        let export = try export(Self.sample11, responses: Self.sample11 + "/responses.csv", classID: "c-1")
        #expect(
            try summary(export) == [
                "error enrollments.csv:9", "error responses.csv:9", "u-101 ok", "u-102 ok", "u-103 ok", "u-104 ok",
                "u-105 opted out", "u-107 not assessed",
            ])
        #expect(
            export.warnings.contains {
                if case .unknownColumnsIgnored(let names) = $0.problem { names.contains("survey_date") } else { false }
            })
    }

    @Test("the 1.1 set by school: org membership from the quoted multi-value orgSourcedIds counts")
    func oneRoster11School() throws {
        let export = try export(Self.sample11, responses: Self.sample11 + "/responses.csv", school: "org-2")
        #expect(try summary(export) == ["error responses.csv:9", "u-102 ok", "u-201 ok", "u-202 ok"])
    }

    @Test("the 1.1 set as a zip, with a header-only enrollments file: every active student by role")
    func zipped() throws {
        let folder = try TestFiles.folder()
        for name in ["manifest.csv", "users.csv", "classes.csv", "orgs.csv"] {
            try FileManager.default.copyItem(
                atPath: Self.sample11 + "/" + name, toPath: folder.appendingPathComponent(name).path)
        }
        try Data("sourcedId,status,classSourcedId,userSourcedId,role\n".utf8).write(
            to: folder.appendingPathComponent("enrollments.csv"))
        let zip = folder.deletingLastPathComponent().appendingPathComponent("\(UUID()).zip")
        try FileManager.default.zipItem(at: folder, to: zip)
        let export = try export(zip.path, responses: Self.sample11 + "/responses.csv")
        #expect(
            try summary(export) == [
                "error responses.csv:9", "u-101 ok", "u-102 ok", "u-103 ok", "u-104 ok", "u-105 opted out",
                "u-107 not assessed", "u-201 ok", "u-202 ok",
            ])
    }

    @Test("a class that is not in the export stops the run with a message naming it")
    func unknownClass() throws {
        #expect {
            _ = try export(Self.sample11, responses: Self.sample11 + "/responses.csv", classID: "c-9")
        } throws: { error in
            (error as? RosterError)?.message.contains("'c-9'") == true
        }
    }
}

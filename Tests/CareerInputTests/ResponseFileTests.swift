import Foundation
import TestFiles
import Testing

@testable import CareerInput

@Suite("Reading a form's export")
struct ResponseFileTests {
    static let fixtures = TestFiles.repository.appendingPathComponent("Tests/Fixtures/answers")

    @Test(
        "Microsoft Forms XLSX: shared strings, numbers and date serials read from the zip's XML; Forms' own columns set aside"
    )
    func microsoftForms() throws {
        let table = try ResponseFile.read(path: Self.fixtures.appendingPathComponent("class-microsoft-forms.xlsx").path)
        #expect(table.format == .microsoftForms)
        #expect(table.rows.count == 30)
        // ID, Start time, Completion time, Email, Name, Student ID are the respondent's; 66 questions follow.
        #expect(table.columns.count == 66)
        #expect(table.columns.first?.letter == "G")
        let first = try #require(table.rows.first)
        #expect(first.line == 2)
        #expect(first.respondent.id == "s-0001")
        #expect(first.respondent.email == "student1@example.org")
        #expect(first.respondent.name == "Ana")
        let started = try #require(first.respondent.started)
        let finished = try #require(first.respondent.finished)
        #expect(finished.timeIntervalSince(started) == 9 * 60)
        #expect(started.formatted(.iso8601) == "2026-11-30T09:00:00Z")
        // A skill rating is a number cell, read as its shortest text.
        #expect(first.cells[0]?.text.count == 1)
    }

    @Test("Google Forms CSV: the Timestamp is when the form was sent; grid headings are kept whole for matching")
    func googleForms() throws {
        let table = try ResponseFile.read(path: Self.fixtures.appendingPathComponent("class-google-forms.csv").path)
        #expect(table.format == .googleForms)
        #expect(
            table.columns.first?.heading == "How would you feel about doing these activities? [Build kitchen cabinets]")
        let first = try #require(table.rows.first)
        #expect(first.respondent.started == nil)
        // "2026/11/30 9:09:00 AM GMT+1" is 08:09 UTC.
        #expect(first.respondent.finished?.formatted(.iso8601) == "2026-11-30T08:09:00Z")
    }

    @Test("long CSV: one row per student, the item ids become columns, each answer keeps its own line")
    func long() throws {
        let path = try TestFiles.write(
            "student_id,item_id,answer\na,ipsf-01,Like\na,ipsf-02,Dislike\nb,ipsf-02,Like\na,ipsf-01,Unsure\n,ipsf-03,Like\n",
            name: "long.csv")
        let table = try ResponseFile.read(path: path)
        #expect(table.format == .long)
        #expect(table.columns.map(\.heading) == ["ipsf-01", "ipsf-02"])
        #expect(table.rows.map(\.respondent.id) == ["a", "b"])
        #expect(table.rows[0].cells.map { $0?.line } == [2, 3])
        #expect(table.rows[1].cells.map { $0?.text } == [nil, "Like"])
        #expect(
            table.problems.map(\.description) == [
                "\(path):5:2: error: ipsf-01: student a already answered this item on line 2; keep one answer per item (this one was not used)",
                "\(path):6:1: error: each line needs a student_id, an item_id and an answer; fill in the blank field",
            ])
    }

    @Test("a bad workbook is one error naming the file (and the part and line of broken XML)")
    func badWorkbooks() throws {
        for (name, message) in [
            ("not-a-zip.xlsx", "it is not a zip archive"), ("no-sheet.xlsx", "xl/workbook.xml is missing"),
            ("broken-xml.xlsx", "xl/worksheets/sheet1.xml:1: error: the workbook's XML ends before"),
        ] {
            let path = Self.fixtures.appendingPathComponent("bad/\(name)").path
            #expect(
                performing: { _ = try ResponseFile.read(path: path) },
                throws: { error in
                    (error as? InputError)?.description.contains(message) == true
                })
        }
    }

    @Test("spreadsheet column letters run A ... Z, AA ... AZ, BA")
    func letters() {
        #expect([1, 26, 27, 52, 53, 703].map(ResponseColumn.letter) == ["A", "Z", "AA", "AZ", "BA", "AAA"])
    }
}

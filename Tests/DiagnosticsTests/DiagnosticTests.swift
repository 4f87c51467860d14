import Diagnostics
import Testing

@Suite("One diagnostic, written the way editors and CI logs link to")
struct DiagnosticTests {
    @Test("file:line:column: severity: student: field: message, each part only when known")
    func lineFormat() {
        let full = Diagnostic.error(
            .duplicateStudentID(id: "s-7", first: "row 2"),
            at: Location(file: "roster.csv", line: 4, column: 2, field: "id"),
            student: "s-7")
        #expect(
            full.description
                == "roster.csv:4:2: error: student s-7: id: 's-7' is also the id of row 2; each student needs their own id"
        )
        #expect(
            Diagnostic.warning(.readAsWindows1252, at: Location(file: "r.csv")).description.hasPrefix(
                "r.csv: warning: "))
        #expect(
            Diagnostic.error(.invalidShard("5/3"), at: Location(field: "--shard")).description.hasPrefix(
                "error: --shard: '5/3'"))
        #expect(Diagnostic.note(.rowHasNoAnswers).description == "note: the row has no answers")
    }

    @Test("0 for a line or column means unknown, and an empty field is no field")
    func unknownParts() {
        let location = Location(file: "t.xml", line: 8, column: 0, field: "")
        #expect(location == Location(file: "t.xml", line: 8))
        #expect(Diagnostic.error(.template("bad"), at: location).description == "t.xml:8: error: bad")
    }

    @Test("a diagnostic names its student and file once, keeping what it already has")
    func aboutAndLocated() {
        let row = Diagnostic.error(.rowHasNoAnswers).located(in: "a.csv", line: 3).about(student: "s-1")
        #expect(row.location == Location(file: "a.csv", line: 3) && row.student == "s-1")
        let kept = row.located(in: "b.csv", line: 9).about(student: "s-2")
        #expect(kept == row)
    }
}

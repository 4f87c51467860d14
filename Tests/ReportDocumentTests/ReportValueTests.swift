import Testing

@testable import ReportDocument

@Suite("Report data paths")
struct ReportValueTests {
    let data = ReportValue.record([
        "student": .record(["name": .record(["given": .string("Zoë")]), "grade": .null]),
        "careers": .list([.record(["title": .string("Web Developer")])]),
    ])

    @Test("dotted paths walk records and list indexes")
    func lookup() {
        #expect(data.lookup("student.name.given") == .string("Zoë"))
        #expect(data.lookup("careers.0.title") == .string("Web Developer"))
        #expect(data.lookup("") == data)
    }

    @Test("a missing step gives nil, unlike a present null")
    func missing() {
        #expect(data.lookup("student.nmae") == nil)
        #expect(data.lookup("careers.1.title") == nil)
        #expect(data.lookup("student.name.given.more") == nil)
        #expect(data.lookup("student.grade") == .null)
    }

    @Test("emptiness: null, false, empty text, list and record are empty; numbers never are")
    func emptiness() {
        for value in [ReportValue.null, .bool(false), .string(""), .list([]), .record([:])] { #expect(value.isEmpty) }
        for value in [ReportValue.number(0), .bool(true), .string(" "), .list([.null])] { #expect(!value.isEmpty) }
    }
}

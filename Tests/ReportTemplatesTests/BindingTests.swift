import Foundation
import ReportDocument
import ReportTemplates
import Testing

@Suite("each, if, with and path resolution")
struct BindingTests {
    static let careers: ReportValue = [
        .r(["title": "Nurse", "remote": false]),
        .r(["title": "Coder", "remote": true]),
        .r(["title": "Chef", "remote": false]),
    ]

    @Test func eachRepeatsWithLoopVariables() throws {
        let parsed = try template(
            body: """
                <p><each items="careers"><value of="@number"/>/<value of="@index"/> <value of="title"/>\
                <if true="@first"> (first)</if><if true="@last"> (last)<else>, </else></if></each></p>
                """)
        #expect(
            try bodyBlocks(parsed, .r(["careers": Self.careers])) == [
                paragraph(.text("1/0 Nurse (first), 2/1 Coder, 3/2 Chef (last)"))
            ])
    }

    @Test func eachRepeatsBlocksItemsRowsAndBars() throws {
        let parsed = try template(
            body: """
                <each items="careers"><heading level="1"><value of="title"/></heading></each>
                <list><each items="careers"><if true="remote"><item><value of="title"/></item></if></each></list>
                <table><column/><each items="careers"><row><cell><value of="@number"/></cell></row></each></table>
                <bar-chart title="c" max="3"><each items="careers"><bar value-of="@number"><label><value of="title"/></label></bar></each></bar-chart>
                """)
        let blocks = try bodyBlocks(parsed, .r(["careers": Self.careers]))
        #expect(blocks.count == 6)
        #expect(blocks[0] == .heading(Heading(level: 1, content: [.text("Nurse")])))
        #expect(blocks[3] == .list(ListBlock(items: [[paragraph(.text("Coder"))]])))
        #expect(
            blocks[4]
                == .table(
                    Table(
                        columns: [TableColumn()], header: [],
                        rows: [
                            [[.text("1")]], [[.text("2")]], [[.text("3")]],
                        ])))
        #expect(
            blocks[5]
                == .barChart(
                    BarChart(
                        title: "c", maximum: 3,
                        bars: [
                            Bar(label: "Nurse", value: 1, valueText: "1"),
                            Bar(label: "Coder", value: 2, valueText: "2"),
                            Bar(label: "Chef", value: 3, valueText: "3"),
                        ])))
    }

    @Test func eachOverNothingOrNullGivesNothing() throws {
        let parsed = try template(body: "<each items=\"xs\"><p>x</p></each>")
        #expect(try bodyBlocks(parsed, .r(["xs": []])) == [])
        #expect(try bodyBlocks(parsed, .r(["xs": .null])) == [])
    }

    @Test(
        "if tests",
        arguments: [
            ("exists=\"a\"", ReportValue.r(["a": ""]), "yes"),
            ("exists=\"a\"", .r(["a": .null]), "no"),
            ("exists=\"a\"", .r([:]), "no"),
            ("empty=\"a\"", .r(["a": []]), "yes"),
            ("empty=\"a\"", .r([:]), "yes"),
            ("empty=\"a\"", .r(["a": 0]), "no"),
            ("true=\"a\"", .r(["a": true]), "yes"),
            ("true=\"a\"", .r(["a": false]), "no"),
            ("true=\"a\"", .r(["a": "x"]), "yes"),
            ("equals=\"a\" value=\"3\"", .r(["a": 3]), "yes"),
            ("equals=\"a\" value=\"es\"", .r(["a": "en"]), "no"),
        ])
    func ifChoosesBetweenContentAndElse(_ test: String, _ data: ReportValue, _ expected: String) throws {
        let parsed = try template(body: "<if \(test)><p>yes</p><else><p>no</p></else></if>")
        #expect(try bodyBlocks(parsed, data) == [paragraph(.text(expected))])
    }

    @Test func withMakesARecordTheContext() throws {
        let parsed = try template(
            body: """
                <with path="student.name"><p><value of="given"/> <value of="family"/> at <value of="school"/></p></with>
                """)
        let data: ReportValue = .r([
            "school": "Lincoln", "student": .r(["name": .r(["given": "Ana", "family": "Ruiz"])]),
        ])
        #expect(try bodyBlocks(parsed, data) == [paragraph(.text("Ana Ruiz at Lincoln"))])
    }

    @Test func pathsResolveInnermostFirstThenOutward() throws {
        let parsed = try template(
            body: """
                <each items="careers"><p><value of="title"/> / <value of="student.name"/> / <value of="name"/> / \
                <value of="careers.0.title"/></p></each>
                <p><each items="tags"><value of="."/>;</each></p>
                """)
        let data: ReportValue = .r([
            "name": "root name", "student": .r(["name": "Ana"]),
            "careers": [.r(["title": "Nurse", "name": "inner name"])], "tags": ["a", "b"],
        ])
        #expect(
            try bodyBlocks(parsed, data) == [
                paragraph(.text("Nurse / Ana / inner name / Nurse")), paragraph(.text("a;b;")),
            ])
    }

    @Test func loopVariablesBelongToTheInnermostEach() throws {
        let parsed = try template(
            body: """
                <each items="rows"><p><each items="cells"><value of="@index"/></each>@<value of="@index"/></p></each>
                """)
        let data: ReportValue = .r(["rows": [.r(["cells": [1, 2]]), .r(["cells": [3]])]])
        #expect(try bodyBlocks(parsed, data) == [paragraph(.text("01@0")), paragraph(.text("0@1"))])
    }

    @Test func unresolvedValueIsALocatedError() throws {
        let parsed = try template(body: "\n<p>Hi\n   <value of=\"student.nmae\"/></p>")
        let found = bindingDiagnostics(parsed, .r(["student": .r(["name": "Ana"])]))
        #expect(found.count == 1)
        #expect(
            found.first?.description
                == "inline.xml:5:4: error: no value at 'student.nmae' (for <value>); check the spelling against "
                + "the report data; did you mean 'student.name'?")
    }

    @Test func everyBindingProblemIsReported() throws {
        let parsed = try template(
            body: """
                <p><value of="a"/></p><each items="b"><p/></each><each items="n"><p/></each>\
                <p><value of="n" format="date"/></p>
                """)
        let found = bindingDiagnostics(parsed, .r(["n": 3]))
        #expect(
            found.map(\.message) == [
                "no value at 'a' (for <value>); check the spelling against the report data",
                "no value at 'b' (for <each>); check the spelling against the report data",
                "<each items=\"n\"> needs a list, but 'n' is the number 3",
                "cannot write 'n' as date: it is the number 3, but format=\"date\" needs a date written yyyy-mm-dd, "
                    + "such as 2026-11-29",
            ])
    }

    @Test func nullGivesEmptyTextAndTextIsNeverInterpolated() throws {
        let parsed = try template(body: "<p>[<value of=\"x\"/>] {{x}} &lt;b&gt;</p>")
        #expect(try bodyBlocks(parsed, .r(["x": .null])) == [paragraph(.text("[] {{x}} <b>"))])
    }

    @Test func whitespaceCollapsesAndTrimsAtBlockEdges() throws {
        let parsed = try template(
            body: """
                <p>
                   Hello   <strong> big </strong>
                   <em>world</em>   </p>
                """)
        #expect(
            try bodyBlocks(parsed) == [
                paragraph(.text("Hello "), .strong([.text("big ")]), .emphasis([.text("world")]))
            ])
    }

    @Test func linksFromDataMustBeSafe() throws {
        let parsed = try template(body: "<p><link href-of=\"u\">site</link></p>")
        #expect(
            try bodyBlocks(parsed, .r(["u": "https://example.org"])) == [
                paragraph(.link(target: "https://example.org", content: [.text("site")]))
            ])
        let found = bindingDiagnostics(parsed, .r(["u": "javascript:alert(1)"]))
        #expect(found.first?.message.contains("a link must start with https://, mailto: or #") == true)
    }

    @Test func barValuesMustBeNumbers() throws {
        let parsed = try template(
            body: """
                <bar-chart title="t" max="1"><bar value-of="v"><label>x</label></bar></bar-chart>
                """)
        let found = bindingDiagnostics(parsed, .r(["v": "high"]))
        #expect(found.map(\.message) == ["value-of=\"v\" must be a number, but it is text \"high\""])
    }

    @Test func bindingElementsWorkInPlainTextAndRows() throws {
        let parsed = try template(
            body: """
                <table><column/><with path="student"><if exists="name"><row><cell>named</cell></row>\
                <else><row><cell>anonymous</cell></row></else></if></with></table>
                <bar-chart title="t" max="10"><with path="student"><bar value-of="age">\
                <label><with path="name"><value of="given"/></with></label></bar></with></bar-chart>
                """,
            meta:
                "<title><if exists=\"student.name\">For <value of=\"student.name.given\"/><else>Report</else></if></title>"
        )
        let document = try parsed.bind(
            .r(["student": .r(["name": .r(["given": "Ana"]), "age": 16])]), theme: .standard)
        #expect(document.metadata.title == "For Ana")
        #expect(
            document.blocks == [
                .table(Table(columns: [TableColumn()], header: [], rows: [[[.text("named")]]])),
                .barChart(BarChart(title: "t", maximum: 10, bars: [Bar(label: "Ana", value: 10, valueText: "16")])),
            ])
    }
}

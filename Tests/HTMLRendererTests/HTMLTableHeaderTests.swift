import EmailChecks
import Foundation
import ReportDocument
import Testing

@testable import HTMLRenderer

@Suite("Tables without a header row")
struct HTMLTableHeaderTests {
    @Test("each row's first cell heads its row, so the table stays an accessible data table")
    func rowHeaders() {
        let table = Table(
            columns: [TableColumn(width: 3), TableColumn(width: 1, alignment: .trailing)], header: [],
            rows: [[[.text("Students on the roster")], [.text("30")]], [[.text("Opted out")], [.text("1")]]],
            caption: "The class at a glance")
        let html = HTMLRenderer().render(
            ReportDocument(metadata: DocumentMetadata(title: "Class"), blocks: [.table(table)]))
        #expect(html.components(separatedBy: #"<th scope="row""#).count == 3)
        #expect(!html.contains("<thead>"))
        #expect(EmailLint.problems(in: html) == [])
    }
}

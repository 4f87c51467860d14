import Foundation
import Testing

@testable import CareerInput

@Suite("Reading O*NET's tab-separated tables")
struct ONetTableTests {
    @Test("CRLF line ends are dropped and every field of a row is kept, empty ones included")
    func crlf() throws {
        let table = try ONetTable(text: "Code\tTitle\tNote\r\n15-1254.00\tWeb Developers\t\r\n", file: "t.txt")
        #expect(table.columns == ["Code", "Title", "Note"])
        #expect(table.rows.count == 1)
        #expect(table.rows[0].fields == ["15-1254.00", "Web Developers", ""])
        #expect(table.rows[0].line == 2)
    }

    @Test("quoted fields keep tabs, doubled quotes and line breaks, and line numbers stay right")
    func quoted() throws {
        let text = "A\tB\n\"x\ty\"\t\"say \"\"hi\"\"\"\n\"two\nlines\"\tz\nlast\t\"q\""
        let table = try ONetTable(text: text, file: "q.txt")
        #expect(table.rows.map(\.fields) == [["x\ty", "say \"hi\""], ["two\nlines", "z"], ["last", "q"]])
        #expect(table.rows.map(\.line) == [2, 3, 5])
    }

    @Test("an unclosed quote is an error at the line where the field starts")
    func unclosedQuote() {
        #expect { try ONetTable(text: "A\tB\nok\tfine\n\"open\tfield\n", file: "u.txt") } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.file == "u.txt" && error.line == 3 && error.message.contains("never closed")
        }
    }

    @Test("a missing column names the file, the column and the columns the header has")
    func missingColumn() throws {
        let table = try ONetTable(text: "Code\tTitle\r\n", file: "o.txt")
        #expect { try table.column("Description") } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.description.hasPrefix("o.txt:1: error: Description: the header has no column 'Description'")
                && error.message.contains("'Code', 'Title'")
        }
    }

    @Test("a value that is not a number names the line and the column")
    func badNumber() throws {
        let table = try ONetTable(text: "Code\tJob Zone\r\n15-1254.00\tfour\r\n", file: "z.txt")
        #expect { try table.number(table.rows[0], 1, "Job Zone") } throws: { error in
            (error as? InputError)?.description == "z.txt:2: error: Job Zone: 'four' is not a number"
        }
    }
}

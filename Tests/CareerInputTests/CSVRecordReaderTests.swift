import Foundation
import TestFiles
import Testing

@testable import CareerInput

@Suite("Reading CSV records")
struct CSVRecordReaderTests {
    func records(_ bytes: [UInt8]) throws -> [Result<CSVRecord, CSVRecordReader.Problem>] {
        let path = try TestFiles.write(bytes, name: "records.csv")
        var reader = CSVRecordReader(try ScalarReader(path: path, encoding: .utf8))
        var all: [Result<CSVRecord, CSVRecordReader.Problem>] = []
        while let next = reader.next() { all.append(next) }
        return all
    }

    @Test("quoted fields keep commas, doubled quotes and line breaks, and lines are counted through them")
    func quoting() throws {
        let all = try records(Array("id,note\r\na,\"x, \"\"y\"\"\nz\"\nb,plain".utf8))
        #expect(
            all == [
                .success(CSVRecord(line: 1, fields: ["id", "note"])),
                .success(CSVRecord(line: 2, fields: ["a", "x, \"y\"\nz"])),
                .success(CSVRecord(line: 4, fields: ["b", "plain"])),
            ])
    }

    @Test("LF, CRLF and bare CR line ends all end a record, and blank lines are skipped")
    func lineEnds() throws {
        let all = try records(Array("a\rb\r\n\r\nc\nd".utf8))
        #expect(try all.map { try $0.get().fields[0] } == ["a", "b", "c", "d"])
        #expect(try all.map { try $0.get().line } == [1, 2, 4, 5])
    }

    @Test("a stray quote makes one problem at its line, and reading goes on with the next record")
    func strayQuote() throws {
        let all = try records(Array("a,b\nx,y\"z\nc,d\n".utf8))
        guard case .failure(let problem) = all[1] else {
            Issue.record("expected a problem, got \(all[1])")
            return
        }
        #expect(problem.line == 2)
        #expect(problem.reason.contains("quote"))
        #expect(all[2] == .success(CSVRecord(line: 3, fields: ["c", "d"])))
    }

    @Test("a quote that is never closed is reported at the line it opens on")
    func unterminatedQuote() throws {
        let all = try records(Array("a\n\"open\nmore\n".utf8))
        guard case .failure(let problem) = all.last else {
            Issue.record("expected a problem")
            return
        }
        #expect(problem.line == 2)
        #expect(problem.reason.contains("never closed"))
    }
}

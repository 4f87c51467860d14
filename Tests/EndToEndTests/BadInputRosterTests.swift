import Foundation
import Testing

/// Bad rosters (CSV and OneRoster) and responses through `career-report batch`: exit 1 when
/// nothing could run, 2 when some rows failed, each message naming the file and the line.
@Suite("Bad input: rosters, OneRoster exports and responses")
struct BadInputRosterTests {
    static let header = "id,given_name,R,I,A,S,E,C\n"
    static let goodRow = "s-1,Ada,1,2,3,4,5,6\n"

    /// A roster whose first row is fine and whose second row is `row`: the batch does the first.
    static func badRow(_ name: String, _ row: String, mentions: [String]) -> BadCase {
        BadCase(
            name: name, files: ["r.csv": utf8(header + goodRow + row)], arguments: ["batch", "r.csv", "-q"], status: 2,
            mentions: ["r.csv:3"] + mentions, written: ["s-1.pdf", "s-1.html", "manifest.json", "manifest.csv"])
    }

    /// Like ``badRow(_:_:mentions:)``, with one more column, `column`, blank in the good row.
    static func badColumn(_ name: String, column: String, value: String, mentions: [String]) -> BadCase {
        let text = "id,given_name,\(column),R,I,A,S,E,C\ns-1,Ada,,1,2,3,4,5,6\ns-2,Bo,\(value),1,2,3,4,5,6\n"
        return BadCase(
            name: name, files: ["r.csv": utf8(text)], arguments: ["batch", "r.csv", "-q"], status: 2,
            mentions: ["r.csv:3", column] + mentions, written: ["s-1.pdf", "s-1.html", "manifest.json", "manifest.csv"])
    }

    /// A roster that can't be read at all.
    static func badFile(_ name: String, _ data: Data, mentions: [String]) -> BadCase {
        BadCase(
            name: name, files: ["r.csv": data], arguments: ["batch", "r.csv", "-q"], status: 1,
            mentions: ["r.csv"] + mentions)
    }

    static let cases: [BadCase] = [
        badFile("an empty roster", Data(), mentions: ["empty"]),
        badFile("binary garbage", binaryGarbage, mentions: ["not a text file"]),
        badFile("a roster without an id column", utf8("given_name,R\nA,1\n"), mentions: ["r.csv:1", "'id'"]),
        badFile(
            "a header of a million columns",
            utf8("id,given_name," + (0..<1_000_000).map { "x\($0)" }.joined(separator: ",") + "\ns-1,A\n"),
            mentions: ["r.csv:1", "header"]),
        BadCase(
            name: "a 100 MB roster of NUL bytes", sparse: ["r.csv": 100 << 20], arguments: ["batch", "r.csv", "-q"],
            status: 1, mentions: ["r.csv", "NUL"]),
        badRow("a row cut off inside quotes", "s-2,\"Bo", mentions: ["never closed"]),
        badRow("a row with too many fields", "s-2,Bo,1,2,3,4,5,6,7,8\n", mentions: []),
        badRow("a NaN score", "s-2,Bo,1,2,3,nan,5,6\n", mentions: ["s-2", "S"]),
        badRow("an infinite score", "s-2,Bo,1,2,3,inf,5,6\n", mentions: ["s-2", "S"]),
        badRow("a score above the scale", "s-2,Bo,1,2,3,41,5,6\n", mentions: ["s-2", "S"]),
        badRow("a huge number", "s-2,Bo,1,2,3,1e400,5,6\n", mentions: ["s-2", "S"]),
        badRow("a duplicated id", "s-1,Bo,1,2,3,4,5,6\n", mentions: ["s-1", "also the id"]),
        badRow("a missing id", ",Bo,1,2,3,4,5,6\n", mentions: ["id"]),
        badRow("the id ../../etc/x", "../../etc/x,Bo,1,2,3,4,5,6\n", mentions: ["id"]),
        badRow("an absolute-path id", "/etc/x,Bo,1,2,3,4,5,6\n", mentions: ["id"]),
        badRow("the id '.'", ".,Bo,1,2,3,4,5,6\n", mentions: ["id"]),
        badRow("the id '..'", "..,Bo,1,2,3,4,5,6\n", mentions: ["id"]),
        badRow("the reserved id CON", "CON,Bo,1,2,3,4,5,6\n", mentions: ["id", "reserves"]),
        badRow("a right-to-left override in the id", "s-2\u{202E}fdp,Bo,1,2,3,4,5,6\n", mentions: ["id"]),
        badRow("a control character in the id", "s-2\u{7},Bo,1,2,3,4,5,6\n", mentions: ["id"]),
        badRow("a 10 KB name", "s-2,\(String(repeating: "B", count: 10_240)),1,2,3,4,5,6\n", mentions: ["s-2"]),
        badColumn("an unknown name order", column: "name_order", value: "surname_first", mentions: ["family_first"]),
        badColumn(
            "a 10 KB display name", column: "display_name", value: String(repeating: "B", count: 10_240),
            mentions: ["longer than"]),
        BadCase(
            name: "a roster in Latin-1 is read, with a warning naming the file",
            files: ["r.csv": Data(Array((header + "s-1,Jos").utf8) + [0xE9] + Array(",1,2,3,4,5,6\n".utf8))],
            arguments: ["batch", "r.csv", "-q"], status: 0, mentions: ["r.csv", "Windows-1252"],
            written: ["s-1.pdf", "s-1.html"]),
        BadCase(
            name: "a missing roster", arguments: ["batch", "nowhere.csv", "-q"], status: 1, mentions: ["nowhere.csv"]),
    ]

    @Test("each bad roster gets the documented exit code and a message naming the file and the line", arguments: cases)
    func badRoster(_ badCase: BadCase) throws {
        try check(badCase)
    }

    /// The sample OneRoster export with `file` replaced by `data`.
    static func oneRoster(
        _ name: String, _ file: String, _ data: Data, status: Int32, mentions: [String], responses: String? = nil
    ) -> BadCase {
        let folder = CLI.repository.appendingPathComponent("samples/oneroster-1.1")
        var files: [String: Data] = [:]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            files["or/\(entry)"] = try? Data(contentsOf: folder.appendingPathComponent(entry))
        }
        files["or/\(file)"] = data
        if let responses {
            files["or/responses.csv"] = utf8(responses)
            files["or/enrollments.csv"] = utf8("sourcedId,classSourcedId,userSourcedId,role,status\n")
        }
        return BadCase(
            name: name, files: files, arguments: ["batch", "or", "--responses", "or/responses.csv", "-q"],
            status: status,
            mentions: mentions)
    }

    static let oneRosterCases: [BadCase] = [
        oneRoster(
            "an empty users.csv: every enrollment and response names a missing user", "users.csv", Data(), status: 2,
            mentions: ["enrollments.csv:2", "not in users.csv"]),
        oneRoster("binary garbage as users.csv", "users.csv", binaryGarbage, status: 1, mentions: ["users.csv"]),
        oneRoster("an empty manifest.csv", "manifest.csv", Data(), status: 1, mentions: ["manifest.csv"]),
        oneRoster(
            "an unknown OneRoster version", "manifest.csv", utf8("propertyName,value\noneroster.version,9.9\n"),
            status: 1, mentions: ["manifest.csv", "9.9"]),
        oneRoster(
            "a users.csv without sourcedId", "users.csv", utf8("givenName,role\nA,student\n"), status: 1,
            mentions: ["users.csv", "sourcedId"]),
        oneRoster(
            "a traversal sourcedId", "users.csv",
            utf8("sourcedId,status,role,givenName,familyName,grades\n../../etc/x,active,student,A,B,10\n"), status: 2,
            mentions: ["../../etc/x"], responses: "sourcedId,R,I,A,S,E,C\n../../etc/x,1,2,3,4,5,6\n"),
        oneRoster(
            "a reserved sourcedId", "users.csv",
            utf8("sourcedId,status,role,givenName,familyName,grades\nCON,active,student,A,B,10\n"), status: 2,
            mentions: ["reserves"], responses: "sourcedId,R,I,A,S,E,C\nCON,1,2,3,4,5,6\n"),
        oneRoster("an empty responses file", "responses.csv", Data(), status: 1, mentions: ["responses.csv"]),
        oneRoster(
            "binary garbage as responses", "responses.csv", binaryGarbage, status: 1, mentions: ["responses.csv"]),
        oneRoster(
            "a responses file without sourcedId", "responses.csv", utf8("R,I,A,S,E,C\n1,2,3,4,5,6\n"), status: 1,
            mentions: ["responses.csv", "sourcedId"]),
        oneRoster(
            "a NaN score in the responses", "responses.csv",
            utf8("sourcedId,R,I,A,S,E,C\nu-101,nan,2,3,4,5,6\nu-102,1,2,3,4,5,6\n"), status: 2,
            mentions: ["responses.csv:2", "R"]),
    ]

    @Test(
        "each bad OneRoster export or responses file gets the documented exit code and a located message",
        arguments: oneRosterCases)
    func badOneRoster(_ badCase: BadCase) throws {
        try check(badCase)
    }
}

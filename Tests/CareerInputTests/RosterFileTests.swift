import CareerModel
import Diagnostics
import Foundation
import TestFiles
import Testing

@testable import CareerInput

@Suite("Reading a roster CSV")
struct RosterFileTests {
    static let catalog = try! Catalog.starter()

    func entries(_ path: String) throws -> (RosterFile, [RosterEntry]) {
        let roster = try RosterFile(path: path, catalog: Self.catalog, defaultScale: .ip60)
        return (roster, Array(try roster.entries()))
    }

    func name(_ entry: RosterEntry) -> String? {
        if case .student(let profile, _) = entry.outcome { return profile.name.fullName }
        return nil
    }

    func reason(_ entry: RosterEntry) -> String? {
        if case .error(let diagnostic) = entry.outcome { return diagnostic.words }
        return nil
    }

    static let header = "id,given_name,family_name,R,I,A,S,E,C\n"
    static let text = header + "s-1,José,Müller,6,26,30,20,34,24\ns-2,Zoë,Ñúñez,1,2,3,4,5,6\n"

    static let utf16 = Array(text.utf16)
    static let encoded: [(String, [UInt8], TextEncoding)] = [
        ("UTF-8", Array(text.utf8), .utf8),
        ("BOM", [0xEF, 0xBB, 0xBF] + Array(text.utf8), .utf8WithBOM),
        (
            "LE", [0xFF, 0xFE] + utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] },
            .utf16LittleEndian
        ),
        (
            "BE", [0xFE, 0xFF] + utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] },
            .utf16BigEndian
        ),
        ("1252", Array(text.data(using: .windowsCP1252)!), .windows1252),
    ]

    @Test(
        "the same names come out of UTF-8, UTF-8 with BOM, UTF-16 LE and BE with BOM, and Windows-1252",
        arguments: encoded)
    func encodings(label: String, bytes: [UInt8], encoding: TextEncoding) throws {
        let (roster, rows) = try entries(try TestFiles.write(bytes, name: "\(label).csv"))
        #expect(roster.encoding == encoding)
        #expect(rows.map(name) == ["José Müller", "Zoë Ñúñez"])
        #expect(rows.map(\.id) == ["s-1", "s-2"])
        let fallback = Diagnostic.warning(.readAsWindows1252, at: Location(file: roster.path))
        #expect(roster.warnings.contains(fallback) == (encoding == .windows1252))
        #expect(roster.path.hasSuffix("\(label).csv"))
    }

    @Test("unknown columns give one warning naming them all; skill columns are not unknown")
    func unknownColumns() throws {
        let (roster, rows) = try entries(
            try TestFiles.write(
                "id,given_name,nickname,homeroom,skill.writing,R,I,A,S,E,C\ns-1,Ana,Nana,B2,4,1,2,3,4,5,6\n",
                name: "r.csv"))
        #expect(
            roster.warnings == [
                .warning(.unknownColumnsIgnored(["nickname", "homeroom"]), at: Location(file: roster.path))
            ])
        guard case .student(let profile, _) = rows[0].outcome else {
            Issue.record("expected a student")
            return
        }
        #expect(profile.skills == ["writing": 4])
    }

    @Test("bad rows become errors with their line and reason; opt-outs and students without scores are skipped")
    func rowOutcomes() throws {
        let text = """
            id,given_name,R,I,A,S,E,C,holland_code,skill.juggling,opt_out,plans
            s-1,Ana,1,2,3,4,5,6,,,,bachelor
            ,Ben,1,2,3,4,5,6,,,,
            s-1,Cy,1,2,3,4,5,6,,,,
            s-4,Di,1,2,3,4,5,6,,3,,
            s-5,Ed,41,2,3,4,5,6,,,,
            s-6,Flo,,,,,,,,,,
            s-7,Gus,,,,,,,AES,,yes,
            s-8,Hal,,,,,,,XYZ,,,
            s-9,"Ida
            Jo",,,,,,,ESA,,,
            s-10,Kim,1,2,3,4,5,6,,,,phd
            """
        let (_, rows) = try entries(try TestFiles.write(text, name: "rows.csv"))
        #expect(rows.map(\.row) == [2, 3, 4, 5, 6, 7, 8, 9, 10, 12])
        #expect(name(rows[0]) == "Ana")
        #expect(reason(rows[1])?.hasPrefix("id: the student's id is missing") == true)
        #expect(reason(rows[2])?.contains("also the id of row 2") == true)
        #expect(reason(rows[3])?.hasPrefix("skill.juggling: 'juggling' is not a known skill") == true)
        #expect(reason(rows[4])?.hasPrefix("R: 41 is outside the ip60 scale") == true)
        guard case .notAssessed = rows[5].outcome, case .optedOut = rows[6].outcome else {
            Issue.record("expected rows 7 and 8 to be skipped: \(rows[5].outcome), \(rows[6].outcome)")
            return
        }
        #expect(reason(rows[7])?.hasPrefix("holland_code: 'XYZ' is not a Holland code") == true)
        #expect(name(rows[8]) == "Ida\nJo")
        #expect(reason(rows[9])?.hasPrefix("plans: 'phd' is not a plan") == true)
    }

    @Test("name_order and display_name columns: by script when blank, a wrong order fails its row")
    func nameColumns() throws {
        let text = """
            id,given_name,family_name,name_order,display_name,R,I,A,S,E,C
            s-1,小明,王,,,1,2,3,4,5,6
            s-2,István,Nagy,family_first,,1,2,3,4,5,6
            s-3,José,Müller,,,1,2,3,4,5,6
            s-4,Ana,Cruz,,Ana María de la Cruz,1,2,3,4,5,6
            s-5,Ana,Cruz,surname_first,,1,2,3,4,5,6
            """
        let (roster, rows) = try entries(try TestFiles.write(text, name: "names.csv"))
        #expect(roster.warnings.isEmpty)
        #expect(rows.prefix(4).map(name) == ["王小明", "Nagy István", "José Müller", "Ana María de la Cruz"])
        #expect(reason(rows[4])?.hasPrefix("name_order: 'surname_first' is not a name order") == true)
    }

    @Test("a roster without an id column can't run at all")
    func missingIDColumn() throws {
        #expect(throws: RosterError.self) {
            _ = try RosterFile(
                path: try TestFiles.write("name,R\nAna,3\n", name: "noid.csv"), catalog: Self.catalog,
                defaultScale: .ip60)
        }
    }
}

import Foundation
import TestFiles
import Testing

@testable import CareerInput

@Suite("The students of a OneRoster export, without answers")
struct OneRosterStudentsTests {
    static let sample11 = TestFiles.repository.appendingPathComponent("samples/oneroster-1.1").path

    @Test("one class of the 1.1 set: its active students with their names; teachers and deleted rows left out")
    func oneClass() throws {
        let roster = try OneRosterStudents(path: Self.sample11, classID: "c-1", school: nil)
        #expect(roster.version == "1.1")
        #expect(roster.students.map(\.id) == ["u-101", "u-102", "u-103", "u-104", "u-105", "u-107"])
        #expect(roster.students.first == .init(id: "u-101", givenName: "Amélie", familyName: "Dufresne"))
        #expect(roster.problems.count == 1, "the enrollment of u-999, who is not in users.csv")
        #expect(roster.problems.first?.file.hasSuffix("enrollments.csv") == true && roster.problems.first?.line == 9)
    }

    @Test("without a class, every active student of the export; a school narrows it")
    func everyone() throws {
        let all = try OneRosterStudents(path: Self.sample11, classID: nil, school: nil)
        #expect(all.students.map(\.id) == ["u-101", "u-102", "u-103", "u-104", "u-105", "u-107", "u-201", "u-202"])
        let school = try OneRosterStudents(path: Self.sample11, classID: nil, school: "org-2")
        #expect(school.students.map(\.id) == ["u-102", "u-201", "u-202"])
    }

    @Test(
        "the 1.2 sample: the student found through roles.csv and the enrollment",
        .enabled(if: TestFiles.hasOneRoster12, "needs ../shared/data/oneroster-1.2"))
    func oneRoster12() throws {
        let path = TestFiles.sharedData.appendingPathComponent("oneroster-1.2").path
        let roster = try OneRosterStudents(path: path, classID: "CLASS_001", school: nil)
        #expect(roster.version == "1.2")
        #expect(roster.students == [.init(id: "USER_0", givenName: "Bruce", familyName: "Wayne")])
        #expect(roster.problems.isEmpty)
    }

    @Test("a class that names nothing is an error naming it and the classes there are")
    func unknownClass() throws {
        #expect {
            _ = try OneRosterStudents(path: Self.sample11, classID: "c-9", school: nil)
        } throws: { error in
            let message = (error as? RosterError)?.message ?? ""
            return message.contains("'c-9'") && message.contains("c-1")
        }
    }
}

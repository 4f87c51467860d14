import Diagnostics

/// Reads the tables of a OneRoster export in order (manifest, orgs, classes, enrollments,
/// roles, users) and selects the students a batch is about.
struct OneRosterReading {
    /// A selected student: their sourcedId, roster fields from users.csv, and where they are.
    struct Student {
        var id: String
        var fields: StudentFields
        var file: String
        var line: Int
    }

    let files: OneRosterFiles
    /// `1.1` or `1.2`.
    private(set) var version = ""
    private(set) var fingerprint: UInt64 = 0
    /// Warnings: unreadable lines, references to absent classes.
    private(set) var notes: [Diagnostic] = []
    /// The selected students, in users.csv order.
    private(set) var students: [Student] = []
    /// Every user's sourcedId, to tell a response for another class from one for nobody.
    private(set) var allUsers: Set<String> = []
    /// Enrollments of selected students that name a user absent from users.csv.
    private(set) var danglingEnrollments: [RosterError] = []

    private let classID: String?
    private let school: String?
    /// Students by enrollment: user sourcedId → the enrollment's line and sourcedId.
    private var enrolled: [String: (line: Int, id: String)] = [:]
    /// Users holding the student role (roles.csv in 1.2), within the school when one is given.
    private var studentRoles: Set<String> = []

    /// Reads the manifest and every table before users.csv; throws when the export or the
    /// selection is unusable.
    init(files: OneRosterFiles, classID: String?, school: String?) throws(RosterError) {
        self.files = files
        self.classID = classID
        self.school = school
        try readManifest()
        let classSchools = try readClasses()
        try readOrgs()
        try readEnrollments(classSchools: classSchools)
        if version == "1.2" { try readRoles() }
    }

    private func open(_ name: String, required: [String]) throws(RosterError) -> OneRosterTable? {
        guard let path = files.path(name) else { return nil }
        return try OneRosterTable(path: path, name: files.display(name), required: required)
    }

    private mutating func finish(_ table: OneRosterTable) {
        notes += table.notes
        fingerprint = (fingerprint &* 0x100_0000_01b3) ^ table.fingerprint
    }

    private mutating func readManifest() throws(RosterError) {
        guard var table = try open("manifest.csv", required: ["propertyName", "value"]) else {
            throw RosterError(
                file: files.display("manifest.csv"),
                message:
                    "not a OneRoster export: there is no manifest.csv; give the folder or zip the school system exported"
            )
        }
        var absent: [String] = []
        while let row = table.next() {
            guard let name = row["propertyName"] else { continue }
            if name == "oneroster.version" { version = row["value"] ?? "" }
            if name.hasPrefix("file."), row["value"]?.lowercased() == "absent" {
                absent.append(String(name.dropFirst(5)))
            }
        }
        finish(table)
        guard ["1.1", "1.2"].contains(version) else {
            throw RosterError(
                file: table.name,
                message:
                    "oneroster.version is '\(version)'; this tool reads OneRoster 1.1 and 1.2 CSV exports")
        }
        if absent.contains("users") || files.path("users.csv") == nil {
            throw RosterError(file: files.display("users.csv"), message: "the export has no users; export users too")
        }
    }

    /// The classes' schools by class sourcedId; checks that `--class` names an active class.
    private mutating func readClasses() throws(RosterError) -> [String: String] {
        var schools: [String: String] = [:]
        if var table = try open("classes.csv", required: ["sourcedId"]) {
            while let row = table.next() {
                guard row.isActive else { continue }
                if let id = row["sourcedId"] { schools[id] = row["schoolSourcedId"] ?? "" }
            }
            finish(table)
        }
        if let classID, schools[classID] == nil {
            let known = schools.keys.sorted().prefix(10).joined(separator: ", ")
            throw RosterError(
                file: files.display("classes.csv"),
                message:
                    "no active class has sourcedId '\(classID)'\(known.isEmpty ? "" : "; the classes include: \(known)")"
            )
        }
        return schools
    }

    /// Checks that `--school` names an active org.
    private mutating func readOrgs() throws(RosterError) {
        guard let school else { return }
        var found = false
        var known: [String] = []
        if var table = try open("orgs.csv", required: ["sourcedId"]) {
            while let row = table.next() {
                guard row.isActive else { continue }
                if row["sourcedId"] == school { found = true }
                if known.count < 10, let id = row["sourcedId"] { known.append(id) }
            }
            finish(table)
        }
        guard found else {
            throw RosterError(
                file: files.display("orgs.csv"),
                message:
                    "no active org has sourcedId '\(school)'\(known.isEmpty ? "" : "; the orgs include: \(known.joined(separator: ", "))")"
            )
        }
    }

    private mutating func readEnrollments(classSchools: [String: String]) throws(RosterError) {
        guard var table = try open("enrollments.csv", required: ["userSourcedId", "classSourcedId", "role"]) else {
            if classID != nil {
                throw RosterError(
                    file: files.display("enrollments.csv"),
                    message: "the export has no enrollments, so --class can't select anyone")
            }
            return
        }
        while let row = table.next() {
            guard row.isActive, row["role"]?.lowercased() == "student", let user = row["userSourcedId"],
                let classRef = row["classSourcedId"]
            else { continue }
            let classSchool = classSchools[classRef]
            if classSchool == nil {
                notes.append(
                    .warning(
                        .enrollmentClassNotActive(enrollment: row["sourcedId"] ?? "?", classID: classRef),
                        at: Location(file: table.name, line: row.line)))
            }
            if let classID, classRef != classID { continue }
            if let school, row["schoolSourcedId"] != school && classSchool != school { continue }
            if enrolled[user] == nil { enrolled[user] = (row.line, row["sourcedId"] ?? "") }
        }
        finish(table)
    }

    private mutating func readRoles() throws(RosterError) {
        guard var table = try open("roles.csv", required: ["userSourcedId", "role"]) else { return }
        while let row = table.next() {
            guard row.isActive, row["role"]?.lowercased() == "student", let user = row["userSourcedId"] else {
                continue
            }
            if let school, row["orgSourcedId"] != school { continue }
            studentRoles.insert(user)
        }
        finish(table)
    }

    /// Reads users.csv, keeping the selected students (and every user's id).
    mutating func readUsers() throws(RosterError) {
        guard var table = try open("users.csv", required: ["sourcedId", "givenName"]) else { return }
        var seen: Set<String> = []
        while let row = table.next() {
            guard let id = row["sourcedId"] else { continue }
            allUsers.insert(id)
            guard row.isActive, isSelected(id, row), seen.insert(id).inserted else { continue }
            students.append(Student(id: id, fields: Self.rosterFields(row), file: table.name, line: row.line))
        }
        finish(table)
        for (user, enrollment) in enrolled.sorted(by: { $0.value.line < $1.value.line }) where !allUsers.contains(user)
        {
            danglingEnrollments.append(
                RosterError(
                    file: files.display("enrollments.csv"), line: enrollment.line,
                    message:
                        "enrollment \(enrollment.id.prefix(64)) names user '\(user.prefix(64))', who is not in users.csv; export the roster again or remove the enrollment"
                ))
        }
    }

    private func isSelected(_ id: String, _ row: OneRosterTable.Row) -> Bool {
        if enrolled[id] != nil { return true }
        if classID != nil { return false }
        if version == "1.2" { return studentRoles.contains(id) }
        guard row["role"]?.lowercased() == "student" else { return false }
        return school.map { row.list("orgSourcedIds").contains($0) } ?? true
    }

    /// A users.csv row as roster fields: names, email and the first grade that is 1-12.
    private static func rosterFields(_ row: OneRosterTable.Row) -> StudentFields {
        var values: [String: String] = [:]
        values["given_name"] = row["givenName"]
        values["family_name"] = row["familyName"]
        values["preferred_name"] = row["preferredGivenName"]
        values["email"] = row["email"]
        values["grade"] = row.list("grades").compactMap(Int.init).first { ProfileRules.grades.contains($0) }
            .map(String.init)
        return StudentFields(values.compactMapValues { $0 })
    }
}

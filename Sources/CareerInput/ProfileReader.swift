import CareerModel
import Foundation
import Yams

/// A profile read from a file, and anything noticed on the way that did not stop it.
public struct ProfileReading: Sendable {
    /// The student's profile.
    public var profile: StudentProfile
    /// Unknown fields and similar; the profile is still usable.
    public var warnings: [InputWarning]
}

/// Reads student profiles from YAML or JSON files (JSON is read as the YAML it also is).
///
/// The format is documented in the README ("The profile format"); every field error names
/// the file, the line and the field.
public struct ProfileReader: Sendable {
    /// Skill keys a profile may rate (the catalog's vocabulary).
    public var skillKeys: [String]

    /// Creates a reader that accepts the skills of `catalog`.
    public init(catalog: Catalog) {
        skillKeys = catalog.skills.map(\.key)
    }

    /// Creates a reader that accepts `skillKeys`.
    public init(skillKeys: [String]) {
        self.skillKeys = skillKeys
    }

    static let knownFields = ["id", "name", "grade", "email", "interests", "skills", "plans"]

    /// Reads the profile file at `path`.
    public func read(fileAt path: String) throws(InputError) -> ProfileReading {
        try read(text: try InputFile.text(at: path), file: path)
    }

    /// Reads a profile from `text`; `file` names it in errors.
    public func read(text: String, file: String) throws(InputError) -> ProfileReading {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw InputError(
                    file: file, message: "the file is empty; a profile needs at least an id, a name and interests")
            }
            root = node
        } catch let error as InputError {
            throw error
        } catch let error as YamlError {
            throw YAMLSyntax.error(error, file: file)
        } catch {
            throw InputError(file: file, message: "the file can't be read as YAML or JSON (\(error))")
        }
        let fields = try YAMLFields(file: file, path: "", node: root)
        var warnings: [InputWarning] = []
        for (key, line) in fields.keys where !Self.knownFields.contains(key) {
            let hint = closest(to: key, in: Self.knownFields).map { " (did you mean '\($0)'?)" } ?? ""
            warnings.append(InputWarning(file: file, line: line, message: "unknown field '\(key)' was ignored\(hint)"))
        }
        let profile = StudentProfile(
            id: try readID(fields),
            name: try readName(fields),
            grade: try fields.checked("grade", ProfileRules.grade),
            email: try readEmail(fields),
            interests: try InterestsReader.read(fields),
            skills: try readSkills(fields),
            plans: try readPlans(fields))
        return ProfileReading(profile: profile, warnings: warnings)
    }

    private func readID(_ fields: YAMLFields) throws(InputError) -> String {
        let id = try fields.string("id", hint: "every profile needs an id such as 's-0001'")
        if let problem = StudentID.problem(with: id) { throw fields.error("id", problem) }
        return id
    }

    private func readName(_ fields: YAMLFields) throws(InputError) -> StudentName {
        guard let name = try fields.fields("name") else {
            throw fields.error("name", "the field is missing; write it as 'name: {given: José, family: Müller}'")
        }
        let given = try name.string("given", hint: "write the student's given (first) name")
        let family = try name.optionalString("family") ?? ""
        let preferred = try name.optionalString("preferred")
        let display = try name.optionalString("display")
        for (key, text) in [
            ("given", given), ("family", family), ("preferred", preferred ?? ""), ("display", display ?? ""),
        ]
        where text.count > ProfileRules.maximumNameLength {
            throw name.error(key, "the name is longer than \(ProfileRules.maximumNameLength) characters")
        }
        return StudentName(
            given: given, family: family, preferred: preferred,
            order: try name.checked("order", ProfileRules.nameOrder),
            display: display)
    }

    private func readEmail(_ fields: YAMLFields) throws(InputError) -> String? {
        guard let email = try fields.optionalString("email") else { return nil }
        if let problem = ProfileRules.emailProblem(email) { throw fields.error("email", problem) }
        return email
    }

    private func readSkills(_ fields: YAMLFields) throws(InputError) -> [String: Int] {
        guard let skills = try fields.fields("skills") else { return [:] }
        var ratings: [String: Int] = [:]
        for (key, _) in skills.keys {
            if let problem = ProfileRules.skillProblem(key, skillKeys: skillKeys) { throw skills.error(key, problem) }
            ratings[key] = try skills.checked(key, ProfileRules.rating)
        }
        return ratings
    }

    private func readPlans(_ fields: YAMLFields) throws(InputError) -> EducationPlan? {
        try fields.checked("plans", ProfileRules.plan)
    }
}

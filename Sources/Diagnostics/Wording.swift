/// The words for every ``Problem``: the one place a problem becomes text.
extension Problem {
    /// What is wrong and what to do, for the person who can fix it. The location, severity and
    /// student are not part of it: whoever shows the diagnostic adds them.
    public var message: String {
        switch self {
        case .templatesFolderNotFound(let tried):
            "can't find the templates folder (looked in \(tried.joined(separator: ", "))); pass --templates DIR or set CAREER_REPORT_TEMPLATES"
        case .notATemplatesFolder(let path, let marker):
            "\(path): not a templates folder (it has no \(marker)); give the folder that holds student-report.xml and schema/"
        case .template(let message), .inputFile(let message), .roster(let message), .questionnaire(let message),
            .pdfFlaw(let message), .rowFailed(let message):
            message
        case .themeMissing:
            "the theme file is missing; restore templates/theme.json"
        case .themeNotJSON(let detail):
            "the theme is not valid JSON (\(detail))"
        case .themeWrongType(let detail):
            detail
        case .themeUnreadable(let detail):
            "the theme can't be read (\(detail))"
        case .themeValueOutOfRange(let value, let lowest, let highest):
            "\(value) is outside \(lowest)-\(highest); use a value in that range"
        case .themeFontMissing(let path):
            "the font file '\(path)' is missing or unreadable; install fonts-dejavu-core and fonts-dejavu-extra or point it at a TrueType file"
        case .colourNotHex(let value, let standard):
            "\"\(value)\" is not a #rrggbb colour; the reports use the standard \(standard) instead"
        case .lowContrast(let colour, let purpose, let measured, let needed, let darker):
            "\(colour) (\(purpose)) has too little contrast: "
                + measured.map { "\($0.ratio):1 on \($0.background)" }.joined(separator: ", ")
                + "; it needs at least \(needed):1 (WCAG 2.1, 1.4.3); choose a \(darker ? "darker" : "lighter") colour"
        case .catalogLacksFamily(let family):
            "the catalog has no career of the family '\(family)'; a report compares marketing and IT careers, so add at least one of each"
        case .translationsMissing(
            let language, let careers, let careerCount, let skills, let skillCount, let attribution):
            Self.translationsMissing(
                language: language, careers: careers, careerCount: careerCount, skills: skills,
                skillCount: skillCount, attribution: attribution)
        case .builtInDataBroken(let what, let detail):
            "\(what) can't be read (\(detail)); this is a bug, please report it"
        case .readAsWindows1252:
            "the file is not UTF-8; it was read as Windows-1252. If names look wrong, save it as CSV UTF-8"
        case .unknownColumnsIgnored(let names):
            "\(names.count == 1 ? "a column" : "\(names.count) columns") the roster format does not know "
                + "\(names.count == 1 ? "was" : "were") ignored: "
                + names.prefix(10).map { "'\($0.prefix(40))'" }.joined(separator: ", ")
                + (names.count > 10 ? " and \(names.count - 10) more" : "") + "; see docs/batch.md for the columns"
        case .lineSkipped(let reason):
            "the line can't be read and was skipped: \(reason)"
        case .tooManyFields(let fields, let columns):
            "the line has \(fields) fields but the header has \(columns); it was skipped"
        case .enrollmentClassNotActive(let enrollment, let classID):
            "enrollment \(enrollment) names class '\(classID)', which is not an active class in classes.csv"
        case .unknownFormat(let name, let known):
            "'\(name)' is not a format; use one or more of \(known.joined(separator: ", ")), separated by commas"
        case .noFormat(let known):
            "no format given; use one or more of \(known.joined(separator: ", ")), separated by commas"
        case .notALanguageCode(let text):
            "'\(text)' is not a language code; give one such as en or es (the folder name under templates/)"
        case .noTemplateForLanguage(let language, let path, let available, let fileName):
            "there is no \(path); the templates folder has: \(available.joined(separator: ", ")). To add a language, copy "
                + "\(fileName) to \(language)/\(fileName) in that folder and translate it"
        case .languageNotVerified(let reason):
            reason
        case .questionnaireTemplateMissing(let fileName):
            "the questionnaire template is missing; restore templates/\(fileName)"
        case .unknownNumbering(let text):
            "'\(text.prefix(10))' is not a numbering; use 0-4 or 1-5"
        case .unknownInterestScale(let reason):
            reason
        case .invalidShard(let text):
            "'\(text)' is not a shard; write K/N with 1 ≤ K ≤ N, such as 1/3 (the first of three parts)"
        case .oneRosterNeedsResponses(let roster):
            "\(roster) is a OneRoster export; give --responses FILE with the students' interest and skill answers (sourcedId plus the roster columns)"
        case .onlyForOneRoster(let option, let roster):
            "\(option) is for OneRoster exports (a folder or .zip); \(roster) is read as a roster CSV"
        case .answersGivenAsRoster(let roster):
            "\(roster) is a form's export, not a roster (it has no given_name column); give the roster first and the answers with --responses"
        case .emailOptionsWithoutEml:
            "--from, --to and --attach-pdf only apply to --format eml"
        case .emlNeedsSender:
            "--format eml needs --from ADDRESS: the sender replies will go to, e.g. --from 'Ana Rivera <rivera@school.org>'"
        case .invalidAddress(let reason):
            reason
        case .invalidSourceDateEpoch(let text):
            "SOURCE_DATE_EPOCH='\(text)' is not a whole number of seconds since 1970"
        case .duplicateStudentID(let id, let first):
            "'\(id)' is also the id of \(first); each student needs their own id"
        case .answersNotMatched(let reason):
            reason
        case .moreRowErrors(let count, let file):
            "... and \(count) more errors; see \(file)"
        case .batchStopped(let signal, let done, let total):
            "stopped by \(signal) after \(done) of \(total) rows; run again with --resume to finish"
        case .rowHasNoAnswers:
            "the row has no answers"
        case .studentHasNoEmail:
            "email: the student has no email address; add one to the profile or pass --to"
        case .studentEmailInvalid(let reason):
            "email: the address \(reason)"
        case .pdfNotMade(let reason):
            "the PDF can't be made: \(reason)"
        case .notAnAddressAndPort(let text):
            "\(text): give an address and a port, such as 127.0.0.1:8080 or 0.0.0.0:8080"
        case .passwordTooShort(let minimum):
            "use at least \(minimum) characters"
        case .dataFolderUnusable(let path, let reason):
            "\(path) can't be used as the data folder (\(reason)); give a folder of your own, created if missing"
        case .addressInUse(let address):
            "\(address) is in use (is another server running?); stop it, or pick another port"
        case .listeningNotAllowed(let address):
            "\(address): not allowed to listen there; ports under 1024 need root, use 8080"
        case .cannotListen(let address, let reason):
            "\(address): the server can't listen there (\(reason))"
        case .cannotWrite(let path, let reason):
            "can't write \(path): \(reason)"
        case .outputNotAFolder(let path):
            "\(path) exists and is not a folder; choose another --out"
        case .cannotCreateFolder(let path, let reason):
            "can't create the output folder \(path): \(reason)"
        }
    }

    private static func translationsMissing(
        language: String, careers: [String], careerCount: Int, skills: [String], skillCount: Int, attribution: Bool
    ) -> String {
        func counted(_ names: [String], of total: Int, _ kind: String) -> String {
            let shown = names.prefix(3).joined(separator: ", ") + (names.count > 3 ? ", …" : "")
            return "\(names.count) of \(total) \(kind) (\(shown))"
        }
        var missing: [String] = []
        if !careers.isEmpty { missing.append(counted(careers, of: careerCount, "careers")) }
        if !skills.isEmpty { missing.append(counted(skills, of: skillCount, "skills")) }
        if attribution { missing.append("the attribution") }
        let list =
            missing.count <= 1
            ? missing.first ?? "" : missing.dropLast().joined(separator: ", ") + " and " + missing[missing.count - 1]
        return "the report is in '\(language)', but the catalog has no '\(language)' text, or only some, for \(list); "
            + "the report shows the English text there. To translate them, add \"translations\": {\"\(language)\": ...} "
            + "(see docs/catalog-sources.md)"
    }
}

extension Diagnostic: CustomStringConvertible {
    /// One line: `file:line:column: severity: student ID: field: message`, each part present
    /// only when known; the form editors and CI logs link to.
    public var description: String {
        var place = location.file ?? ""
        if !place.isEmpty, let line = location.line {
            place += ":\(line)" + (location.column.map { ":\($0)" } ?? "")
        }
        return (place.isEmpty ? "" : place + ": ") + "\(severity.rawValue): "
            + (student.map { "student \($0): " } ?? "")
            + words
    }

    /// The field and the message, without location, severity or student: for a place that names
    /// those itself, such as a manifest row.
    public var words: String {
        (location.field.map { "\($0): " } ?? "") + problem.message
    }
}

/// What a diagnostic is about: one named case per kind of problem, with the values its words need.
///
/// ``message`` words every case, in one place. Cases that carry a `String` wrap a message a deep
/// producer still words itself (the template checks, the input readers, the PDF renderer); each says why.
public enum Problem: Sendable, Equatable {
    // MARK: The templates folder and the template

    /// No templates folder was found in any of the places `tried`.
    case templatesFolderNotFound(tried: [String])
    /// `path` (given with `--templates`) has no `marker` file.
    case notATemplatesFolder(path: String, marker: String)
    /// A template check, parser or binder problem; ReportTemplates words its many checks itself
    /// (many quote libxml2's own text), so the message is carried as it is.
    case template(String)

    // MARK: The theme

    /// The theme file is missing.
    case themeMissing
    /// The theme is not JSON; `detail` is the decoder's explanation.
    case themeNotJSON(detail: String)
    /// A theme field holds the wrong type of value; `detail` is the decoder's explanation.
    case themeWrongType(detail: String)
    /// The theme can't be read at all.
    case themeUnreadable(detail: String)
    /// A size or spacing (the location's field) is outside `range`.
    case themeValueOutOfRange(value: Double, lowest: Double, highest: Double)
    /// A font file the theme names (the location's field) is missing or unreadable.
    case themeFontMissing(path: String)
    /// A colour (the location's field) is not `#rrggbb`; `standard` is used instead.
    case colourNotHex(value: String, standard: String)
    /// A text colour (the location's field, `colour` as `#rrggbb`, used for `purpose`) has less
    /// contrast than `needed` (such as `4.5`) on the backgrounds `measured`; `darker` says which way to change it.
    case lowContrast(colour: String, purpose: String, measured: [ContrastPair], needed: String, darker: Bool)

    // MARK: The catalog

    /// The catalog has no career of `family`, which every report compares.
    case catalogLacksFamily(family: String)
    /// The catalog lacks text in `language` for these careers and skills (the report shows English there).
    case translationsMissing(
        language: String, careers: [String], careerCount: Int, skills: [String], skillCount: Int,
        attribution: Bool)
    /// A file built into the tool can't be read: a bug.
    case builtInDataBroken(what: String, detail: String)

    // MARK: Input files

    /// A profile, catalog, roster or answers file problem; CareerInput's readers (YAML, CSV,
    /// XLSX, O*NET) word their many checks themselves, so the message is carried as it is.
    case inputFile(String)
    /// A roster or OneRoster problem, worded by Batch's readers (as ``inputFile(_:)``).
    case roster(String)
    /// A questionnaire (form or answers) problem or note, worded by the Questionnaire target.
    case questionnaire(String)
    /// A CSV file that is not UTF-8 was read as Windows-1252.
    case readAsWindows1252
    /// Columns the roster format does not know were ignored.
    case unknownColumnsIgnored([String])
    /// A line of a file can't be read and was skipped; `reason` is the CSV reader's.
    case lineSkipped(reason: String)
    /// A line has more fields than the header, and was skipped.
    case tooManyFields(fields: Int, columns: Int)
    /// A OneRoster enrollment names a class that is not active.
    case enrollmentClassNotActive(enrollment: String, classID: String)

    // MARK: Options

    /// `name` is not one of `known` formats.
    case unknownFormat(name: String, known: [String])
    /// No format was given.
    case noFormat(known: [String])
    /// A value that is not a language code.
    case notALanguageCode(String)
    /// There is no student report template for `language`.
    case noTemplateForLanguage(language: String, path: String, available: [String], fileName: String)
    /// A form is not available in a language; `reason` is the questionnaire's explanation.
    case languageNotVerified(reason: String)
    /// A questionnaire template is missing.
    case questionnaireTemplateMissing(fileName: String)
    /// Not a numbering of answers (`0-4` or `1-5`).
    case unknownNumbering(String)
    /// Not an interest scale; `reason` says which are.
    case unknownInterestScale(reason: String)
    /// Not `K/N`.
    case invalidShard(String)
    /// A OneRoster export was given without the students' answers.
    case oneRosterNeedsResponses(roster: String)
    /// `option` only applies to OneRoster exports.
    case onlyForOneRoster(option: String, roster: String)
    /// A form's export was given as the roster together with `--responses`.
    case answersGivenAsRoster(roster: String)
    /// Email options without the eml format.
    case emailOptionsWithoutEml
    /// The eml format without `--from`.
    case emlNeedsSender
    /// An email address option that can't be parsed; `reason` is the parser's explanation.
    case invalidAddress(reason: String)
    /// `SOURCE_DATE_EPOCH` is not a whole number of seconds.
    case invalidSourceDateEpoch(String)

    // MARK: One student

    /// Two students share an id; `first` is where the first one was.
    case duplicateStudentID(id: String, first: String)
    /// A row's answers can't be matched to careers; `reason` is the questionnaire's explanation.
    case answersNotMatched(reason: String)
    /// A row has no answers.
    case rowHasNoAnswers
    /// A row failed, as the batch manifest recorded it (the manifest keeps the words, not the case).
    case rowFailed(String)
    /// More rows failed than are shown; the manifest `file` lists them all.
    case moreRowErrors(count: Int, file: String)
    /// A signal stopped a batch after `done` of `total` rows.
    case batchStopped(signal: String, done: Int, total: Int)
    /// The student has no email address for an eml report.
    case studentHasNoEmail
    /// The student's email address can't be used; `reason` says why.
    case studentEmailInvalid(reason: String)
    /// A PDF can't be made; `reason` is PDFRenderer's error, worded there with its advice.
    case pdfNotMade(reason: String)
    /// A PDF was made with a flaw (a character left out, a link not clickable); worded by the renderer's log.
    case pdfFlaw(String)

    // MARK: The class server

    /// `--listen` was not `host:port`.
    case notAnAddressAndPort(String)
    /// The console password is shorter than `minimum` characters.
    case passwordTooShort(minimum: Int)

    /// The server's data folder can't be opened or created; `reason` is the system's.
    case dataFolderUnusable(path: String, reason: String)
    /// The address to listen on is taken by another program.
    case addressInUse(address: String)
    /// Listening on the address is not allowed (a port under 1024 without root).
    case listeningNotAllowed(address: String)
    /// The server can't listen on the address; `reason` is the system's.
    case cannotListen(address: String, reason: String)

    // MARK: Output

    /// A file can't be written.
    case cannotWrite(path: String, reason: String)
    /// The output folder exists and is not a folder.
    case outputNotAFolder(path: String)
    /// The output folder can't be created.
    case cannotCreateFolder(path: String, reason: String)
}

/// One background a text colour was measured on, and the contrast found.
public struct ContrastPair: Sendable, Equatable {
    /// The background, as the user would find it (`colors.background #ffffff`, `the white paper of the PDF`).
    public var background: String
    /// The contrast ratio, shown as a user reads it (`3.2`).
    public var ratio: String

    /// Creates a pair.
    public init(background: String, ratio: String) {
        self.background = background
        self.ratio = ratio
    }
}

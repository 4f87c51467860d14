import CareerInput
import CareerModel
import Diagnostics

/// What a column of a form's export asks: an Interest Profiler item, a skill self-rating or the
/// education-plans question.
public enum ColumnTarget: Sendable, Hashable {
    /// The interest item with this id (`ipsf-01`).
    case item(String)
    /// The self-rating of the skill with this key (`writing`).
    case skill(String)
    /// The education-plans question.
    case plans

    /// How the target is named in messages: its stable id.
    public var id: String {
        switch self {
        case .item(let id): id
        case .skill(let key): "skill-" + key.replacingOccurrences(of: "_", with: "-")
        case .plans: "education-plans"
        }
    }
}

/// Which columns of an export answer which questions, matched by item id or by normalised text
/// (case, spacing and punctuation aside; a Google Forms grid's `Title [Row]` by its row), never by
/// position, and which columns matched nothing or matched a question a second time.
public struct ColumnMatching: Sendable {
    /// One matched column.
    public struct Match: Sendable, Equatable {
        /// The column's index in ``ResponseTable/columns``.
        public var index: Int
        /// The column.
        public var column: ResponseColumn
        /// The question it answers.
        public var target: ColumnTarget
    }

    /// One column that answers a question an earlier column already answers (not used).
    public struct Duplicate: Sendable, Equatable {
        /// The column left unused.
        public var column: ResponseColumn
        /// The column used instead.
        public var first: ResponseColumn
        /// The question both answer.
        public var target: ColumnTarget
    }

    /// The form the interest columns belong to.
    public var instrument: Instrument
    /// The columns used, in the file's order.
    public var matches: [Match]
    /// Columns that answer no question of the form or the self-rating section.
    public var unmatched: [ResponseColumn]
    /// Columns that answer a question a second time.
    public var duplicates: [Duplicate]

    /// Matches `columns` against every form of `instruments`, keeping the form that explains the
    /// most columns (the shorter form on a tie: the Mini-IP's items are also on the Short Form),
    /// and against `section`'s skill and plans questions. `instruments` must not be empty.
    public init(columns: [ResponseColumn], instruments: [Instrument], section: SelfRatingSection?) {
        let candidates = instruments.map { instrument in
            Self.match(columns, names: Self.names(instrument, section: section), instrument: instrument)
        }
        func items(_ matching: ColumnMatching) -> Int {
            matching.matches.count { if case .item = $0.target { true } else { false } }
        }
        precondition(!candidates.isEmpty, "ColumnMatching needs at least one instrument")
        self = candidates.max { a, b in
            items(a) != items(b) ? items(a) < items(b) : a.instrument.items.count > b.instrument.items.count
        }!
    }

    private init(instrument: Instrument) {
        self.instrument = instrument
        matches = []
        unmatched = []
        duplicates = []
    }

    /// The interest items' columns, by item id.
    public var itemColumns: [String: Match] {
        Dictionary(
            matches.compactMap { match in
                if case .item(let id) = match.target { (id, match) } else { nil }
            }, uniquingKeysWith: { first, _ in first })
    }

    /// Lines that tell the user how the export was read: which columns matched, which did not, duplicates.
    public func summary(file: String) -> [Diagnostic] {
        let items = itemColumns.count
        let others = matches.count - items
        let place = Location(file: file)
        var lines: [Diagnostic] = [
            .note(
                .questionnaire(
                    "\(instrument.source.name): \(items) of \(instrument.items.count) item columns matched"
                        + (others > 0 ? ", \(others) skill and plans columns" : "")), at: place)
        ]
        let missing = instrument.items.filter { itemColumns[$0.id] == nil }.map(\.id)
        if !missing.isEmpty {
            lines.append(
                .warning(
                    .questionnaire(
                        "no column for \(missing.count) item\(missing.count == 1 ? "" : "s"): \(Self.list(missing))"),
                    at: place))
        }
        for column in unmatched {
            lines.append(
                .warning(
                    .questionnaire(
                        "column \(column.letter) '\(column.heading.prefix(60))' is not a question of the form; it was not used"
                    ), at: place))
        }
        for duplicate in duplicates {
            lines.append(
                .warning(
                    .questionnaire(
                        "column \(duplicate.column.letter) asks \(duplicate.target.id) again (column \(duplicate.first.letter) already does); only column \(duplicate.first.letter) was used"
                    ), at: place))
        }
        return lines
    }

    private static func list(_ ids: [String]) -> String {
        ids.count > 8
            ? ids.prefix(8).joined(separator: ", ") + " and \(ids.count - 8) more" : ids.joined(separator: ", ")
    }

    private static func match(_ columns: [ResponseColumn], names: [String: ColumnTarget], instrument: Instrument)
        -> ColumnMatching
    {
        var matching = ColumnMatching(instrument: instrument)
        var used: [ColumnTarget: ResponseColumn] = [:]
        for (index, column) in columns.enumerated() {
            guard let target = target(of: column.heading, names: names) else {
                matching.unmatched.append(column)
                continue
            }
            if let first = used[target] {
                matching.duplicates.append(Duplicate(column: column, first: first, target: target))
                continue
            }
            used[target] = column
            matching.matches.append(Match(index: index, column: column, target: target))
        }
        return matching
    }

    /// The question `heading` names: the whole heading, a Google grid's `[Row]`, a Microsoft
    /// Likert's `Title.Statement`, or an id at its start.
    private static func target(of heading: String, names: [String: ColumnTarget]) -> ColumnTarget? {
        if let target = names[HeadingText.key(heading)] { return target }
        if let grid = HeadingText.gridParts(heading), let target = names[HeadingText.key(grid.row)] { return target }
        // Microsoft Forms heads a Likert question's statements `Title.Statement`.
        if let dot = heading.firstIndex(of: "."),
            let target = names[HeadingText.key(String(heading[heading.index(after: dot)...]))]
        {
            return target
        }
        // "ipsf-01 Build kitchen cabinets", "ipsf-01: Build kitchen cabinets"
        let lead = heading.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "." }).first.map(String.init) ?? ""
        if lead.contains("-"), let target = names[HeadingText.key(lead)] { return target }
        return nil
    }

    /// Every name a question goes by, as compared: its id, its text, and for skills and plans
    /// the roster's column names and the Spanish wording.
    private static func names(_ instrument: Instrument, section: SelfRatingSection?) -> [String: ColumnTarget] {
        var names: [String: ColumnTarget] = [:]
        func add(_ name: String, _ target: ColumnTarget) {
            let key = HeadingText.key(name)
            if !key.isEmpty && names[key] == nil { names[key] = target }
        }
        for item in instrument.items {
            add(item.id, .item(item.id))
            add(item.text, .item(item.id))
        }
        guard let section else { return names }
        for question in section.skills {
            let target = ColumnTarget.skill(question.skill.key)
            add(question.id, target)
            add("skill." + question.skill.key, target)
            add(question.skill.key, target)
            add(question.name(in: "en"), target)
            add(question.name(in: "es"), target)
        }
        for name in [section.plans.id, "plans", section.plans.question.en, section.plans.question.es] {
            add(name, .plans)
        }
        return names
    }
}

import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the XML parts of an XLSX workbook with Foundation's XMLParser (libxml2 underneath):
/// the workbook's sheet list, its relationships, the shared strings and a worksheet's cells.
/// Broken XML is an ``InputError`` naming the part, line and column.
enum XLSXParts {
    /// The relationship id of the first `<sheet>` of `xl/workbook.xml`.
    static func firstSheetRelation(_ data: Data, name: String) throws(InputError) -> String? {
        let reader = ElementReader { element, attributes in
            element == "sheet" ? attributes["r:id"] ?? attributes.first { $0.key.hasSuffix(":id") }?.value : nil
        }
        try parse(data, name: name, delegate: reader)
        return reader.found.first
    }

    /// Each relationship's target by id, from `xl/_rels/workbook.xml.rels`.
    static func relationTargets(_ data: Data, name: String) throws(InputError) -> [String: String] {
        var targets: [String: String] = [:]
        let reader = ElementReader { element, attributes in
            guard element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else {
                return nil
            }
            return id + "\u{0}" + target
        }
        try parse(data, name: name, delegate: reader)
        for pair in reader.found {
            let parts = pair.split(separator: "\u{0}", maxSplits: 1).map(String.init)
            if parts.count == 2 { targets[parts[0]] = parts[1] }
        }
        return targets
    }

    /// The shared strings of `xl/sharedStrings.xml`, in order (rich text runs joined).
    static func sharedStrings(_ data: Data, name: String) throws(InputError) -> [String] {
        let reader = SharedStringsReader()
        try parse(data, name: name, delegate: reader)
        return reader.strings
    }

    /// The cells of a worksheet by row and column (1-based); blank cells are left out.
    static func cells(_ data: Data, sharedStrings: [String], name: String) throws(InputError) -> [Int: [Int: XLSXCell]]
    {
        let reader = SheetReader(sharedStrings: sharedStrings)
        try parse(data, name: name, delegate: reader)
        if let problem = reader.problem { throw InputError(file: name, line: problem.line, message: problem.message) }
        return reader.rows
    }

    private static func parse(_ data: Data, name: String, delegate: PartReader) throws(InputError) {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let parsed = parser.parse()
        // XMLParser can stop at the end of cut-short data without an error; the root must have closed.
        if parsed && !delegate.rootClosed {
            throw InputError(
                file: name, line: parser.lineNumber,
                message:
                    "the workbook's XML ends before its last element is closed (the file is cut short); download or export it again"
            )
        }
        guard parsed else {
            let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unknown error"
            throw InputError(
                file: name, line: parser.lineNumber, column: parser.columnNumber,
                message:
                    "the workbook's XML is broken (\(reason)); open the file in Excel and save it again, or export the form again"
            )
        }
    }
}

/// A part's reader: knows whether the part's root element was closed, so data cut short is caught.
private class PartReader: NSObject, XMLParserDelegate {
    private var depth = 0
    private(set) var rootClosed = false

    func parser(
        _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        depth += 1
        start(element, attributes: attributes)
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        if depth == 0 { rootClosed = true }
        end(element, parser: parser)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text(string)
    }

    // What a part's reader does at each element and text (the delegate methods above are the
    // protocol's witnesses, so subclasses hook in here).
    func start(_ element: String, attributes: [String: String]) {}
    func end(_ element: String, parser: XMLParser) {}
    func text(_ string: String) {}
}

/// Collects one value from each element a closure picks.
private final class ElementReader: PartReader {
    let pick: (String, [String: String]) -> String?
    var found: [String] = []

    init(pick: @escaping (String, [String: String]) -> String?) {
        self.pick = pick
    }

    override func start(_ element: String, attributes: [String: String]) {
        if let value = pick(element, attributes) { found.append(value) }
    }
}

/// The `<si>` strings of a shared strings part; phonetic runs (`<rPh>`) are not text.
private final class SharedStringsReader: PartReader {
    var strings: [String] = []
    private var current: String?
    private var inText = false
    private var inPhonetic = false

    override func start(_ element: String, attributes: [String: String]) {
        switch element {
        case "si": current = ""
        case "rPh": inPhonetic = true
        case "t": inText = !inPhonetic
        default: break
        }
    }

    override func text(_ string: String) {
        if inText { current? += string }
    }

    override func end(_ element: String, parser: XMLParser) {
        switch element {
        case "si":
            strings.append(current ?? "")
            current = nil
        case "rPh": inPhonetic = false
        case "t": inText = false
        default: break
        }
    }
}

/// The cells of a `<sheetData>`: shared strings (`t="s"`), inline strings, formula strings,
/// booleans and numbers; a cell's place comes from its `r` reference, or follows the one before.
private final class SheetReader: PartReader {
    let sharedStrings: [String]
    var rows: [Int: [Int: XLSXCell]] = [:]
    var problem: (line: Int, message: String)?
    private var row = 0
    private var column = 0
    private var type = "n"
    private var value: String?
    private var inValue = false

    init(sharedStrings: [String]) {
        self.sharedStrings = sharedStrings
    }

    override func start(_ element: String, attributes: [String: String]) {
        switch element {
        case "row":
            row = attributes["r"].flatMap { Int($0) } ?? row + 1
            column = 0
        case "c":
            if let reference = attributes["r"], let place = Self.place(reference) {
                (row, column) = (place.row, place.column)
            } else {
                column += 1
            }
            type = attributes["t"] ?? "n"
            value = nil
        case "v", "t":
            inValue = true
            if value == nil { value = "" }
        default: break
        }
    }

    override func text(_ string: String) {
        if inValue { value? += string }
    }

    override func end(_ element: String, parser: XMLParser) {
        switch element {
        case "v", "t": inValue = false
        case "c":
            guard let value, problem == nil else { return }
            switch type {
            case "s":
                guard let index = Int(value), sharedStrings.indices.contains(index) else {
                    problem = (
                        parser.lineNumber,
                        "cell \(ResponseColumn.letter(column))\(row) names shared string \(value.prefix(12)), which the workbook lacks; save it again from Excel"
                    )
                    return
                }
                store(.text(sharedStrings[index]))
            case "inlineStr", "str", "e", "d": store(.text(value))
            case "b": store(.text(value == "1" ? "TRUE" : "FALSE"))
            default: store(Double(value).map(XLSXCell.number) ?? .text(value))
            }
        default: break
        }
    }

    private func store(_ cell: XLSXCell) {
        if case .text(let text) = cell, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return }
        rows[row, default: [:]][column] = cell
    }

    /// `AB12` as row 12, column 28.
    static func place(_ reference: String) -> (row: Int, column: Int)? {
        var column = 0
        var digits = ""
        for scalar in reference.unicodeScalars {
            if ("A"..."Z").contains(scalar) && digits.isEmpty {
                column = column * 26 + Int(scalar.value) - 64
            } else if ("0"..."9").contains(scalar) {
                digits.unicodeScalars.append(scalar)
            } else {
                return nil
            }
        }
        guard column > 0, let row = Int(digits), row > 0 else { return nil }
        return (row, column)
    }
}

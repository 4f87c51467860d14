/// One record of a CSV file: its fields and the line it starts on.
public struct CSVRecord: Sendable, Equatable {
    /// The 1-based line of the file the record starts on.
    public var line: Int
    /// The fields, unquoted.
    public var fields: [String]

    /// Creates a record.
    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// Reads CSV records (RFC 4180, as spreadsheets write it) one at a time from decoded text.
///
/// Accepts LF, CRLF and CR line ends, quoted fields holding commas, doubled quotes and line
/// breaks, and a missing final newline; skips blank lines. A record that breaks the quoting
/// rules is returned as a problem with its line, and reading goes on with the next record.
/// A record longer than ``recordCap`` characters is a problem too, so memory stays bounded.
public struct CSVRecordReader {
    /// A record that could not be read, with where it starts and why.
    public struct Problem: Error, Sendable, Equatable {
        /// The 1-based line the record starts on.
        public var line: Int
        /// What is wrong and what to do.
        public var reason: String
    }

    /// The longest record read, in characters.
    public static let recordCap = 1 << 20

    private var scalars: ScalarReader
    private var pending: Unicode.Scalar?
    private(set) var line = 1

    /// Reads records from `scalars`.
    public init(_ scalars: ScalarReader) {
        self.scalars = scalars
    }

    /// The underlying reader's failure, if reading stopped early.
    public var failure: String? { scalars.failure }

    private mutating func read() -> Unicode.Scalar? {
        if let scalar = pending {
            pending = nil
            return scalar
        }
        return scalars.next()
    }

    /// Consumes a line end starting with `scalar` (CR, LF or CRLF) and counts the line.
    private mutating func endLine(_ scalar: Unicode.Scalar) {
        if scalar == "\r" {
            let next = read()
            if next != "\n" { pending = next }
        }
        line += 1
    }

    /// The next record, `nil` at the end of the file, or a problem for a record that breaks the rules.
    public mutating func next() -> Result<CSVRecord, Problem>? {
        var start = line
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var size = 0
        var inQuotes = false, wasQuoted = false, afterClosingQuote = false
        var problem: String?
        var sawAnything = false

        func note(_ text: String) { if problem == nil { problem = text } }

        while true {
            guard let scalar = read() else {
                if inQuotes {
                    return .failure(
                        Problem(
                            line: start,
                            reason:
                                "a quoted field that starts here is never closed (the rest of the file, lines \(start)-\(line), was read as part of it); add the missing closing quote"
                        ))
                }
                guard sawAnything else { return nil }
                break
            }
            sawAnything = true
            if inQuotes {
                if scalar == "\"" {
                    let next = read()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        pending = next
                        inQuotes = false
                        afterClosingQuote = true
                    }
                } else {
                    if scalar == "\r" || scalar == "\n" { endLine(scalar) }
                    size += 1
                    if size > Self.recordCap {
                        note("the record is longer than \(Self.recordCap) characters")
                    } else {
                        field.append(scalar == "\r" ? "\n" : scalar)
                    }
                }
                continue
            }
            if scalar == "," {
                fields.append(String(field))
                field = String.UnicodeScalarView()
                wasQuoted = false
                afterClosingQuote = false
                continue
            }
            if scalar == "\r" || scalar == "\n" {
                endLine(scalar)
                if fields.isEmpty && field.isEmpty && !wasQuoted {
                    sawAnything = false
                    start = line
                    continue  // a blank line
                }
                break
            }
            if scalar == "\"" {
                if field.isEmpty && !wasQuoted {
                    inQuotes = true
                    wasQuoted = true
                } else {
                    note(
                        "a quote (\") stands inside a field that does not start with one; put the whole field in quotes and double the quote inside (\"\")"
                    )
                }
                continue
            }
            if afterClosingQuote && scalar != " " {
                note("text follows a closing quote; a quoted field must end right before a comma or the line end")
            }
            size += 1
            if size > Self.recordCap {
                note("the record is longer than \(Self.recordCap) characters")
            } else {
                field.append(scalar)
            }
        }
        fields.append(String(field))
        if let problem { return .failure(Problem(line: start, reason: problem)) }
        return .success(CSVRecord(line: start, fields: fields))
    }
}

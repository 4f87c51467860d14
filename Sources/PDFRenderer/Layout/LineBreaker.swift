/// A run of text in one style: the input of ``LineBreaker``.
struct StyledText<Style: Hashable>: Equatable {
    /// The text; `\n` forces a line break.
    var text: String
    /// How the text is set (face, link ...); opaque to the line breaker.
    var style: Style
}

/// A piece of a broken line in one style, placed from the line's start.
struct LinePiece<Style: Hashable>: Equatable {
    /// The text of the piece.
    var text: String
    /// Its style.
    var style: Style
    /// Distance from the line's start to the piece's start.
    var x: Double
    /// The piece's advance width.
    var width: Double
}

/// One line produced by ``LineBreaker``.
struct BrokenLine<Style: Hashable>: Equatable {
    /// The pieces, left to right; no leading or trailing spaces.
    var pieces: [LinePiece<Style>]
    /// The width of the line's text.
    var width: Double
    /// True when the line was broken at a space (left out of the line), so that text
    /// extracted line by line keeps the words apart.
    var endsInSpace = false

    /// The line's text without styles.
    var text: String { pieces.map(\.text).joined() }
}

/// Breaks styled text into lines no wider than a given width, by grapheme cluster.
///
/// Breaks are allowed after spaces, after a hyphen or slash that follows a letter or digit,
/// and before and after CJK ideographs (not before closing punctuation); `\n` forces a break.
/// A word wider than the line is broken between graphemes. Pure: widths come from `measure`,
/// which is asked once per grapheme (widths are assumed additive: no kerning).
struct LineBreaker<Style: Hashable> {
    /// The advance width of a grapheme cluster in a style.
    var measure: (Substring, Style) -> Double

    /// Breaks `runs` into lines at most `width` wide (a single grapheme wider than the line
    /// still gets a line of its own). Empty text gives no lines.
    func lines(_ runs: [StyledText<Style>], width: Double) -> [BrokenLine<Style>] {
        let text = GraphemeText(runs, measure: measure)
        var builder = LineBuilder(text: text, maxWidth: width)
        for word in text.words() { builder.add(word) }
        return builder.finish()
    }
}

/// The graphemes of styled runs, each measured once and classified for line breaking.
private struct GraphemeText<Style: Hashable> {
    /// One grapheme cluster: where it is, how wide, and what kind of character it is.
    struct Grapheme {
        var run: Int
        var range: Range<String.Index>
        var width: Double
        var kind: BreakClass
    }

    let runs: [StyledText<Style>]
    private(set) var graphemes: [Grapheme] = []

    init(_ runs: [StyledText<Style>], measure: (Substring, Style) -> Double) {
        self.runs = runs
        graphemes.reserveCapacity(runs.reduce(0) { $0 + $1.text.utf8.count })
        for (index, run) in runs.enumerated() {
            if run.text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
                appendASCII(run, index: index, measure: measure)
                continue
            }
            var start = run.text.startIndex
            for character in run.text {
                let end = run.text.index(after: start)
                let kind = BreakClass(character)
                let width = kind == .newline ? 0 : measure(run.text[start..<end], run.style)
                graphemes.append(Grapheme(run: index, range: start..<end, width: width, kind: kind))
                start = end
            }
        }
    }

    /// Appends a run of ASCII text without CR, where every byte is a grapheme, measuring each
    /// distinct character once.
    private mutating func appendASCII(_ run: StyledText<Style>, index: Int, measure: (Substring, Style) -> Double) {
        let utf8 = run.text.utf8
        var widths = [Double](repeating: -1, count: 128)
        var start = utf8.startIndex
        for byte in utf8 {
            let end = utf8.index(after: start)
            let kind = BreakClass(ascii: byte)
            var width = widths[Int(byte)]
            if width < 0 {
                width = kind == .newline ? 0 : measure(run.text[start..<end], run.style)
                widths[Int(byte)] = width
            }
            graphemes.append(Grapheme(run: index, range: start..<end, width: width, kind: kind))
            start = end
        }
    }

    /// The words: graphemes up to and including the spaces that follow them.
    func words() -> [Word] {
        var words: [Word] = []
        var start = 0
        var previous: BreakClass?
        var beforePrevious: BreakClass?
        for (index, grapheme) in graphemes.enumerated() {
            if grapheme.kind == .newline {
                words.append(Word(start: start, end: index, forcesBreak: true))
                start = index + 1
                (beforePrevious, previous) = (nil, nil)
                continue
            }
            if let previous, index > start, BreakClass.canBreak(after: beforePrevious, previous, before: grapheme.kind)
            {
                words.append(Word(start: start, end: index, forcesBreak: false))
                start = index
            }
            (beforePrevious, previous) = (previous, grapheme.kind)
        }
        if start < graphemes.count { words.append(Word(start: start, end: graphemes.count, forcesBreak: false)) }
        return words
    }

    /// The end of `range` without its trailing breaking spaces.
    func trimmedEnd(_ range: Range<Int>) -> Int {
        var end = range.upperBound
        while end > range.lowerBound, graphemes[end - 1].kind == .space { end -= 1 }
        return end
    }

    /// The graphemes in `range` as a placed line: one piece per run of one style.
    func line(_ range: Range<Int>) -> BrokenLine<Style> {
        var pieces: [LinePiece<Style>] = []
        var x = 0.0
        var index = range.lowerBound
        while index < range.upperBound {
            let run = graphemes[index].run
            var end = index
            var width = 0.0
            while end < range.upperBound, graphemes[end].run == run {
                width += graphemes[end].width
                end += 1
            }
            let text = runs[run].text[graphemes[index].range.lowerBound..<graphemes[end - 1].range.upperBound]
            let style = runs[run].style
            if let last = pieces.last, last.style == style {
                pieces[pieces.count - 1].text += text
                pieces[pieces.count - 1].width += width
            } else {
                pieces.append(LinePiece(text: String(text), style: style, x: x, width: width))
            }
            x += width
            index = end
        }
        return BrokenLine(pieces: pieces, width: x)
    }
}

/// A word: graphemes `start..<end` that stay together unless the word is wider than the line,
/// trailing spaces included.
private struct Word {
    var start: Int
    var end: Int
    /// True when a `\n` follows the word.
    var forcesBreak: Bool
}

/// Fills lines greedily with words.
private struct LineBuilder<Style: Hashable> {
    let text: GraphemeText<Style>
    let maxWidth: Double
    private var lines: [BrokenLine<Style>] = []
    /// Start of the current line (an index into the graphemes); `nil` while it is empty.
    private var lineStart: Int?
    /// End of the current line, including the spaces after its last word.
    private var lineEnd = 0
    /// Width of the current line without its trailing spaces.
    private var currentWidth: Double = 0
    /// Width of the current line's trailing spaces.
    private var pendingSpace: Double = 0
    private let tolerance = 0.001

    init(text: GraphemeText<Style>, maxWidth: Double) {
        self.text = text
        self.maxWidth = maxWidth
    }

    mutating func add(_ word: Word) {
        let bodyEnd = text.trimmedEnd(word.start..<word.end)
        let bodyWidth = width(word.start..<bodyEnd)
        if bodyEnd > word.start {
            if lineStart == nil || currentWidth + pendingSpace + bodyWidth <= maxWidth + tolerance {
                if lineStart == nil && bodyWidth > maxWidth + tolerance {
                    addOverlong(word.start..<bodyEnd)
                } else {
                    extend(to: bodyEnd, from: word.start, width: pendingSpace + bodyWidth)
                    pendingSpace = 0
                }
            } else {
                endLine()
                if bodyWidth > maxWidth + tolerance {
                    addOverlong(word.start..<bodyEnd)
                } else {
                    extend(to: bodyEnd, from: word.start, width: bodyWidth)
                }
            }
        }
        if lineStart != nil && bodyEnd < word.end {
            lineEnd = word.end
            pendingSpace += width(bodyEnd..<word.end)
        }
        if word.forcesBreak { endLine(keepEmpty: true) }
    }

    /// Sets a word wider than the line, grapheme by grapheme, on as many lines as it needs.
    private mutating func addOverlong(_ body: Range<Int>) {
        for index in body {
            let graphemeWidth = text.graphemes[index].width
            if lineStart != nil && currentWidth + graphemeWidth > maxWidth + tolerance { endLine() }
            extend(to: index + 1, from: index, width: graphemeWidth)
        }
    }

    private mutating func extend(to end: Int, from start: Int, width: Double) {
        if lineStart == nil { lineStart = start }
        lineEnd = end
        currentWidth += width
    }

    private mutating func endLine(keepEmpty: Bool = false) {
        let start = lineStart ?? lineEnd
        let end = text.trimmedEnd(start..<lineEnd)
        if end > start || keepEmpty {
            var line = text.line(start..<end)
            line.endsInSpace = end < lineEnd
            lines.append(line)
        }
        lineStart = nil
        currentWidth = 0
        pendingSpace = 0
    }

    mutating func finish() -> [BrokenLine<Style>] {
        if lineStart != nil { endLine() }
        return lines
    }

    private func width(_ range: Range<Int>) -> Double {
        var total = 0.0
        for index in range { total += text.graphemes[index].width }
        return total
    }
}

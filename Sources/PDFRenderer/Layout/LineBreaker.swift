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

    /// The line's text without styles.
    var text: String { pieces.map(\.text).joined() }
}

/// Breaks styled text into lines no wider than a given width, by grapheme cluster.
///
/// Breaks are allowed after spaces, after a hyphen or slash that follows a letter or digit,
/// and before and after CJK ideographs (not before closing punctuation); `\n` forces a break.
/// A word wider than the line is broken between graphemes. Pure: widths come from `measure`.
struct LineBreaker<Style: Hashable> {
    /// The advance width of a string in a style; widths are assumed additive (no kerning).
    var measure: (String, Style) -> Double

    /// Breaks `runs` into lines at most `width` wide (a single grapheme wider than the line
    /// still gets a line of its own). Empty text gives no lines.
    func lines(_ runs: [StyledText<Style>], width: Double) -> [BrokenLine<Style>] {
        var builder = LineBuilder(measure: measure, maxWidth: width)
        for word in Self.words(in: runs) {
            builder.add(word)
        }
        return builder.finish()
    }

    /// Splits the runs into words: graphemes up to and including the spaces that follow them.
    static func words(in runs: [StyledText<Style>]) -> [Word<Style>] {
        var words: [Word<Style>] = []
        var current = Word<Style>()
        var beforePrevious: Character?
        var previous: Character?
        for run in runs {
            for character in run.text {
                if character == "\n" {
                    current.forcesBreak = true
                    words.append(current)
                    current = Word()
                    (beforePrevious, previous) = (nil, nil)
                    continue
                }
                if let previous, !current.isEmpty,
                    Self.canBreak(after: beforePrevious, previous, before: character)
                {
                    words.append(current)
                    current = Word()
                }
                current.append(character, style: run.style)
                (beforePrevious, previous) = (previous, character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// True when a line may end between `before` and `after`; `earlier` precedes `before`.
    static func canBreak(after earlier: Character?, _ before: Character, before after: Character) -> Bool {
        if after.isBreakingSpace { return false }
        if before.isBreakingSpace { return true }
        if before.isBreakingHyphen {
            let followsWord = earlier.map { $0.isLetter || $0.isNumber } ?? false
            return followsWord && !after.isBreakingHyphen && !after.isClosingPunctuation
        }
        if before.isCJK || after.isCJK { return !after.isClosingPunctuation }
        return false
    }
}

/// A word: graphemes that stay together unless the word is wider than the line,
/// followed by the spaces after it.
struct Word<Style: Hashable> {
    /// The word's graphemes with their styles, trailing spaces included.
    var graphemes: [(character: Character, style: Style)] = []
    /// True when a `\n` follows the word.
    var forcesBreak = false

    /// True when the word has no graphemes.
    var isEmpty: Bool { graphemes.isEmpty }

    /// The graphemes without trailing spaces.
    var body: ArraySlice<(character: Character, style: Style)> {
        var end = graphemes.endIndex
        while end > graphemes.startIndex, graphemes[end - 1].character.isBreakingSpace { end -= 1 }
        return graphemes[..<end]
    }

    mutating func append(_ character: Character, style: Style) {
        graphemes.append((character, style))
    }
}

/// Fills lines greedily with words.
private struct LineBuilder<Style: Hashable> {
    let measure: (String, Style) -> Double
    let maxWidth: Double
    private var lines: [BrokenLine<Style>] = []
    /// Graphemes of the current line, including the spaces between its words.
    private var current: [(character: Character, style: Style)] = []
    /// Width of `current` without its trailing spaces.
    private var currentWidth: Double = 0
    /// Width of `current`'s trailing spaces.
    private var pendingSpace: Double = 0

    init(measure: @escaping (String, Style) -> Double, maxWidth: Double) {
        self.measure = measure
        self.maxWidth = maxWidth
    }

    mutating func add(_ word: Word<Style>) {
        let body = Array(word.body)
        let bodyWidth = width(of: body[...])
        let tolerance = 0.001
        if !body.isEmpty {
            if current.isEmpty || currentWidth + pendingSpace + bodyWidth <= maxWidth + tolerance {
                if current.isEmpty && bodyWidth > maxWidth + tolerance {
                    addOverlong(body)
                } else {
                    current.append(contentsOf: body)
                    currentWidth += pendingSpace + bodyWidth
                    pendingSpace = 0
                }
            } else {
                endLine()
                if bodyWidth > maxWidth + tolerance {
                    addOverlong(body)
                } else {
                    current = body
                    currentWidth = bodyWidth
                }
            }
        }
        let spaces = word.graphemes[body.count...]
        if !current.isEmpty && !spaces.isEmpty {
            current.append(contentsOf: spaces)
            pendingSpace += width(of: spaces)
        }
        if word.forcesBreak { endLine(keepEmpty: true) }
    }

    /// Sets a word wider than the line, grapheme by grapheme, on as many lines as it needs.
    private mutating func addOverlong(_ body: [(character: Character, style: Style)]) {
        for grapheme in body {
            let graphemeWidth = measure(String(grapheme.character), grapheme.style)
            if !current.isEmpty && currentWidth + graphemeWidth > maxWidth + 0.001 { endLine() }
            current.append(grapheme)
            currentWidth += graphemeWidth
        }
    }

    private mutating func endLine(keepEmpty: Bool = false) {
        var end = current.endIndex
        while end > current.startIndex, current[end - 1].character.isBreakingSpace { end -= 1 }
        if end > 0 || keepEmpty { lines.append(makeLine(current[..<end])) }
        current = []
        currentWidth = 0
        pendingSpace = 0
    }

    mutating func finish() -> [BrokenLine<Style>] {
        if !current.isEmpty { endLine() }
        return lines
    }

    private func width(of graphemes: ArraySlice<(character: Character, style: Style)>) -> Double {
        pieces(of: graphemes).reduce(0) { $0 + measure($1.text, $1.style) }
    }

    /// Groups graphemes into runs of one style.
    private func pieces(of graphemes: ArraySlice<(character: Character, style: Style)>) -> [(
        text: String, style: Style
    )] {
        var result: [(text: String, style: Style)] = []
        for grapheme in graphemes {
            if let last = result.last, last.style == grapheme.style {
                result[result.count - 1].text.append(grapheme.character)
            } else {
                result.append((String(grapheme.character), grapheme.style))
            }
        }
        return result
    }

    private func makeLine(_ graphemes: ArraySlice<(character: Character, style: Style)>) -> BrokenLine<Style> {
        var x = 0.0
        var placed: [LinePiece<Style>] = []
        for piece in pieces(of: graphemes) {
            let width = measure(piece.text, piece.style)
            placed.append(LinePiece(text: piece.text, style: piece.style, x: x, width: width))
            x += width
        }
        return BrokenLine(pieces: placed, width: x)
    }
}

/// Warnings for the reader of a render, in the order they first occurred, without repeats.
struct WarningLog {
    /// The messages.
    private(set) var messages: [String] = []
    /// The messages about characters that were left out, which strict glyph checking turns
    /// into an error.
    private(set) var glyphProblems: [String] = []
    private var seen: Set<String> = []

    /// Adds `message` unless it is already there.
    mutating func add(_ message: String) {
        if seen.insert(message).inserted { messages.append(message) }
    }

    /// Adds `message` about characters left out of the PDF, unless it is already there.
    mutating func addGlyphProblem(_ message: String) {
        if seen.insert(message).inserted {
            messages.append(message)
            glyphProblems.append(message)
        }
    }
}

/// Warnings for the reader of a render, in the order they first occurred, without repeats.
struct WarningLog {
    /// The messages.
    private(set) var messages: [String] = []
    private var seen: Set<String> = []

    /// Adds `message` unless it is already there.
    mutating func add(_ message: String) {
        if seen.insert(message).inserted { messages.append(message) }
    }
}

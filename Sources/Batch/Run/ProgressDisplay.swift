import Foundation

/// Shows how far a batch is, on standard error: a bar redrawn in place on a terminal, a plain
/// line every few seconds otherwise (a log, CI), nothing when quiet. Counts only: never a name,
/// never an id.
public final class ProgressDisplay {
    /// How progress is shown.
    public enum Style: Sendable {
        /// A bar redrawn on one line (standard error is a terminal).
        case bar
        /// A line now and then (standard error is a file or pipe).
        case lines
        /// Nothing.
        case none

        /// `.bar` when standard error is a terminal, else `.lines`; `.none` when `quiet`.
        public static func automatic(quiet: Bool) -> Style {
            quiet ? .none : isatty(STDERR_FILENO) != 0 ? .bar : .lines
        }
    }

    private let style: Style
    private let total: Int
    private let started = Date()
    private var done = 0
    private var lastShown = Date()
    private let write: (String) -> Void

    /// Creates a display for `total` rows; `write` receives the text (default: standard error).
    public init(
        total: Int, style: Style,
        write: @escaping (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
    ) {
        self.total = total
        self.style = style
        self.write = write
    }

    /// Counts one more row done, and shows progress if it is time to.
    public func advance() {
        done += 1
        let now = Date()
        let interval: TimeInterval = style == .bar ? 0.1 : 5
        if now.timeIntervalSince(lastShown) >= interval || done == total {
            lastShown = now
            show(now)
        }
    }

    /// Ends the display (the bar's line is closed).
    public func finish() {
        if style == .bar && done > 0 { write("\n") }
    }

    private func show(_ now: Date) {
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(max(total - done, 0)) / rate : 0
        let counts = "\(done)/\(total)"
        let speed = String(format: "%.1f/s", rate)
        switch style {
        case .none:
            return
        case .bar:
            let width = 30
            let filled = total == 0 ? width : min(width, done * width / total)
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            write("\r[\(bar)] \(counts) \(speed) \(Self.duration(left)) left ")
        case .lines:
            write("batch: \(counts) rows done, \(speed), about \(Self.duration(left)) left\n")
        }
    }

    /// Seconds as `m:ss` (or `h:mm:ss`).
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        let (hours, minutes, secs) = (whole / 3600, whole / 60 % 60, whole % 60)
        return hours > 0
            ? String(format: "%d:%02d:%02d", hours, minutes, secs) : String(format: "%d:%02d", minutes, secs)
    }
}

import ReportDocument
import Synchronization

/// The email styles of the last theme an ``HTMLRenderer`` rendered with, kept for the next
/// document: a batch renders thousands of reports with one theme, and the strings are the same
/// for each. Held by whoever owns the renderer (a render session), not by the process.
public final class HTMLStyleCache: Sendable {
    private let lastMade = Mutex<(theme: Theme, styles: EmailStyles)?>(nil)

    /// An empty cache.
    public init() {}

    /// A cache that starts with the styles of `theme`, its colours from `palette` (already parsed,
    /// by a render session that gives the PDF renderer the same palette).
    public init(palette: ThemePalette, of theme: Theme) {
        lastMade.withLock { $0 = (theme, EmailStyles(theme: theme, palette: palette)) }
    }

    /// The styles of `theme`, made once while the theme stays the same.
    func styles(for theme: Theme) -> EmailStyles {
        if let styles = lastMade.withLock({ $0?.theme == theme ? $0?.styles : nil }) { return styles }
        let styles = EmailStyles(theme: theme, palette: ThemePalette(theme.colors))
        lastMade.withLock { $0 = (theme, styles) }
        return styles
    }
}

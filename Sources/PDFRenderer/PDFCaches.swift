import ReportDocument
import Synchronization

/// What a ``PDFRenderer`` keeps from one document to the next, for as long as its owner keeps
/// the caches: font files read once, pictures compressed once, libharu documents with their
/// fonts loaded, and the theme's parsed colours.
///
/// Nothing here is process-wide: a renderer made with new caches starts cold, and the memory
/// goes when the last renderer holding them does. Safe to share between tasks.
public final class PDFCaches: Sendable {
    /// Font files by path; a file changed while the caches live is not read again.
    let fonts = Mutex<[String: FontFile]>([:])
    /// Compressed pictures by file name (which names the bytes); at most ``pictureLimit``.
    let pictures = Mutex<[String: DeflatedPixels]>([:])
    /// libharu documents not rendering right now, kept with their fonts loaded.
    let documents = Mutex<[HaruDocument]>([])
    /// The last theme's colours, parsed.
    private let palette = Mutex<(colors: ThemeColors, palette: ThemePalette)?>(nil)

    /// How many compressed pictures are kept.
    static let pictureLimit = 32

    /// Empty caches.
    public init() {}

    /// Caches that start with `palette`, already parsed from `colors` (by a render session that
    /// gives the HTML renderer the same palette).
    public init(palette: ThemePalette, of colors: ThemeColors) {
        self.palette.withLock { $0 = (colors, palette) }
    }

    /// The palette of `colors`, parsed once while they stay the same.
    func palette(for colors: ThemeColors) -> ThemePalette {
        if let known = palette.withLock({ $0?.colors == colors ? $0?.palette : nil }) { return known }
        let made = ThemePalette(colors)
        palette.withLock { $0 = (colors, made) }
        return made
    }
}

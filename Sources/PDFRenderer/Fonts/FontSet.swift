import ReportDocument

/// The theme's fonts for one render: widths and coverage for layout, and the files the
/// embedded fonts are cut from.
///
/// The faces a document uses are read when the set is made (a missing face is an error); a
/// fallback font is read only when a character needs it, and one that cannot be read is
/// skipped with a warning. Font files come from the renderer's ``PDFCaches``. Not
/// Sendable: it lives inside one render.
final class FontSet: TextMeasuring {
    private let regular: FontFile
    /// The other faces' files, in ``FontFace`` order after regular; `nil` for a face the
    /// document does not use. An array, not a dictionary: layout asks for every grapheme.
    private let others: [FontFile?]
    private let fallbackPaths: [String]
    private let caches: PDFCaches
    /// Fallback fonts asked for so far; `nil` for one that could not be read.
    private var fallbacks: [Int: FontFile?] = [:]
    /// Problems with fallback fonts, for the render's warnings.
    private(set) var warnings: [String] = []

    /// Reads the regular face and those of `faces` from `theme`; the fallback chain is read
    /// on demand.
    init(_ theme: ThemeFonts, faces: Set<FontFace>, caches: PDFCaches) throws(PDFError) {
        self.caches = caches
        regular = try FontFile.load(theme.regular, caches: caches)
        var others: [FontFile?] = []
        for (face, path) in [(FontFace.bold, theme.bold), (.italic, theme.italic), (.boldItalic, theme.boldItalic)] {
            others.append(faces.contains(face) ? try FontFile.load(path, caches: caches) : nil)
        }
        self.others = others
        fallbackPaths = theme.fallback
    }

    /// The file of `font`; `nil` for a fallback font that could not be read.
    func file(for font: FontChoice) -> FontFile? {
        switch font {
        case .face(.regular): return regular
        case .face(.bold): return others[0] ?? regular
        case .face(.italic): return others[1] ?? regular
        case .face(.boldItalic): return others[2] ?? regular
        case .fallback(let index): return fallback(index)
        }
    }

    func width(of text: some StringProtocol, font: FontChoice, size: Double) -> Double {
        (file(for: font) ?? regular).width(of: text, size: size)
    }

    func candidates(for face: FontFace) -> [FontChoice] {
        [.face(face)] + fallbackPaths.indices.map(FontChoice.fallback)
    }

    func covers(_ scalar: Unicode.Scalar, font: FontChoice) -> Bool {
        file(for: font)?.covers(scalar) ?? false
    }

    func covers(allOf text: String, font: FontChoice) -> Bool {
        guard let file = file(for: font) else { return false }
        return text.unicodeScalars.allSatisfy { file.covers($0) }
    }

    func fontName(of font: FontChoice) -> String {
        if let file = file(for: font) { return file.name }
        guard case .fallback(let index) = font, fallbackPaths.indices.contains(index) else { return regular.name }
        return fallbackPaths[index]
    }

    private func fallback(_ index: Int) -> FontFile? {
        if let known = fallbacks[index] { return known }
        guard fallbackPaths.indices.contains(index) else { return nil }
        let path = fallbackPaths[index]
        let file: FontFile?
        do {
            file = try FontFile.load(path, caches: caches)
        } catch {
            warnings.append(
                "fallback font \(path) could not be used (\(error.message)); characters only it has are left out; "
                    + "install it (for Droid Sans Fallback: apt-get install fonts-droid-fallback) or change fonts.fallback in the theme"
            )
            file = nil
        }
        fallbacks[index] = file
        return file
    }
}

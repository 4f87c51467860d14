import ReportDocument
import Testing

@testable import PDFRenderer

/// The font file a document embeds for a kept Windows-1252 subset: only the glyphs it draws.
@Suite("Font files cut to the glyphs drawn")
struct TrueTypeGlyphsTests {
    private func subset(_ path: String = ThemeFonts().bold) throws -> [UInt8] {
        try FontFile.load(path, caches: PDFCaches()).winAnsiSubset().bytes
    }

    @Test("Kept composite glyphs keep their nested components; the other glyphs are emptied")
    func keepsOnlyTheGlyphsDrawn() throws {
        let font = try #require(TrueTypeGlyphs(font: try subset()))
        // DejaVu Sans Bold draws accented letters as composites, some nested.
        let composites = (1..<UInt16(300)).map { font.closure(of: $0) }.filter { $0.count > 1 }
        let nested = try #require(composites.first { $0.count > 2 }, "a composite with nested components")
        let other = try #require(composites.first { Set($0).isDisjoint(with: nested) })

        let cut = try #require(TrueTypeGlyphs(font: font.file(keeping: nested)))
        #expect(cut.closure(of: nested[0]) == nested)
        #expect(cut.closure(of: other[0]) == [other[0]], "a glyph not drawn has no outline left")
    }

    @Test("The cut file has valid TrueType checksums and only the tables a PDF reader uses")
    func isAValidFontFile() throws {
        // DejaVu Sans has a MATH table, which no PDF reader uses.
        let file = try #require(TrueTypeGlyphs(font: try subset(ThemeFonts().regular))).file(keeping: [1, 2, 3])
        #expect(file.count % 4 == 0)
        var sum: UInt32 = 0
        for word in stride(from: 0, to: file.count, by: 4) {
            sum &+=
                UInt32(file[word]) << 24 | UInt32(file[word + 1]) << 16 | UInt32(file[word + 2]) << 8
                | UInt32(file[word + 3])
        }
        #expect(sum == 0xB1B0_AFBA, "head.checkSumAdjustment makes the whole file sum to the magic number")
        let tableCount = Int(file[4]) << 8 | Int(file[5])
        let tags = (0..<tableCount).map { record in
            String(decoding: file[(12 + record * 16)..<(16 + record * 16)], as: UTF8.self)
        }
        #expect(
            Set(tags).isSubset(of: [
                "head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap", "cvt ", "fpgm", "prep", "OS/2", "name", "post",
            ]))
        #expect(tags.contains("glyf") && tags.contains("loca") && tags.contains("head"))
    }
}

import Foundation
import Testing

@Suite("Characters the PDF fonts can't show")
struct GlyphTests {
    static let profile = """
        id: s-emoji
        name: {given: "Zoë 😀", family: "王小明"}
        interests: {holland_code: AES}
        """

    @Test(
        "an emoji is left out of the PDF with a warning naming it and the student's id, not the name",
        .enabled(if: CLI.has("pdftotext"), "needs pdftotext (poppler-utils): run make test-deps"))
    func warning() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.profile.utf8).write(to: folder.appendingPathComponent("p.yaml"))
        let result = try CLI.run(["generate", "p.yaml", "--format", "pdf", "--out", "."], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: student s-emoji"))
        #expect(result.stderr.contains("U+1F600"))
        #expect(!result.stderr.contains("Zoë"), "names stay out of warnings")
        let text = try CLI.tool("pdftotext", ["-enc", "UTF-8", folder.appendingPathComponent("s-emoji.pdf").path, "-"])
            .stdout
        #expect(text.contains("Zoë"))
        #expect(text.contains("王小明"), "CJK comes from the fallback font")
    }

    @Test("--strict-glyphs makes it an error, and no PDF is written")
    func strict() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.profile.utf8).write(to: folder.appendingPathComponent("p.yaml"))
        let result = try CLI.run(
            ["generate", "p.yaml", "--format", "pdf", "--strict-glyphs", "--out", "out"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("U+1F600"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/s-emoji.pdf").path))
    }
}

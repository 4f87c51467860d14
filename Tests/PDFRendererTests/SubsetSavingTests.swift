import ReportDocument
import Testing

@testable import PDFRenderer

/// libharu 2.3.0 writes a font without a `prep` table with an empty one at the end, and fails to
/// save (0x1033) when the tables before it fill its 4,096-byte buffers exactly. Subsets get a
/// one-instruction `prep`, so every subset saves.
@Suite("Font subsets libharu can save")
struct SubsetSavingTests {
    /// Characters the PDF fuzzer found (Fuzz/pdf/crashes): set in bold italic, their subset
    /// used to make libharu fail to save.
    static let fuzzed = String(
        String.UnicodeScalarView(
            [
                0x4D, 0x3A, 0x79, 0x2E, 0x5E, 0x5F, 0x343, 0x22, 0x69, 0x73, 0x6E, 0x6F, 0x74, 0x20, 0x53, 0x3F, 0x65,
                0x39, 0x2A1, 0x64, 0x2A, 0x1BB, 0x30, 0x55, 0x5C, 0x46, 0x70, 0x61, 0x44, 0x40, 0xFFFD,
            ].compactMap(Unicode.Scalar.init)))

    /// The characters of a generated student's italic text whose DejaVu Sans Oblique subset
    /// fills exactly 4,096 bytes in libharu's rewrite.
    static let fillsABuffer = "ABCDGHIJPST abcdefghilmnoprstuvwy +:"

    private func italic(_ inlines: [Inline]) -> ReportDocument {
        ReportDocument(metadata: DocumentMetadata(title: "Subsets"), blocks: [.paragraph(Paragraph(content: inlines))])
    }

    @Test("a subset whose tables fill libharu's buffer exactly is saved, with the fonts cut down")
    func subsetFillingABuffer() throws {
        let pdf = try PDFRenderer().render(italic([.emphasis([.text(Self.fillsABuffer)])]))
        #expect(pdf.warnings.isEmpty, "\(pdf.warnings)")
        #expect(pdf.bytes.count < 20_000, "cut down, not whole: \(pdf.bytes.count) bytes")
    }

    @Test("the fuzzer's bold italic characters are saved, and the output is deterministic")
    func fuzzedCharacters() throws {
        let document = italic([.strong([.emphasis([.text(Self.fuzzed)])])])
        let pdf = try PDFRenderer().render(document)
        #expect(pdf.bytes.starts(with: Array("%PDF-".utf8)))
        #expect(pdf.bytes.count < 20_000, "cut down, not whole: \(pdf.bytes.count) bytes")
        #expect(try PDFRenderer().render(document).bytes == pdf.bytes)
    }
}

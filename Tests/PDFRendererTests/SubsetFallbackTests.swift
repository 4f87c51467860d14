import ReportDocument
import Testing

@testable import PDFRenderer

@Suite("When libharu refuses a font subset")
struct SubsetFallbackTests {
    /// Characters the PDF fuzzer found (Fuzz/pdf/crashes): set in bold italic, their subset makes
    /// libharu 2.3.0 fail to save (0x1033).
    static let breaker = String(
        String.UnicodeScalarView(
            [
                0x4D, 0x3A, 0x79, 0x2E, 0x5E, 0x5F, 0x343, 0x22, 0x69, 0x73, 0x6E, 0x6F, 0x74, 0x20, 0x53, 0x3F, 0x65,
                0x39, 0x2A1, 0x64, 0x2A, 0x1BB, 0x30, 0x55, 0x5C, 0x46, 0x70, 0x61, 0x44, 0x40, 0xFFFD,
            ].compactMap(Unicode.Scalar.init)))

    @Test("the document is written with the fonts whole, and says so")
    func wholeFonts() throws {
        let document = ReportDocument(
            metadata: DocumentMetadata(title: "Fallback"),
            blocks: [.paragraph(Paragraph(content: [.strong([.emphasis([.text(Self.breaker)])])]))])
        let pdf = try PDFRenderer().render(document)
        #expect(pdf.bytes.starts(with: Array("%PDF-".utf8)))
        #expect(pdf.warnings.contains { $0.contains("embedded whole") })
        #expect(try PDFRenderer().render(document).bytes == pdf.bytes, "still deterministic")
    }
}

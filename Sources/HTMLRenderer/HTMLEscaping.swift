/// Escaping of literal text for HTML element content and attribute values.
///
/// Both forms escape `& < > " '`, so the result is safe in either place, and drop control
/// characters HTML forbids. Bidirectional controls (U+202A-202E, U+2066-2069) are neutralised:
/// in element content they are kept as numeric references inside a `<bdi>` isolate, so they
/// cannot reorder text outside the run they came with; attribute values and `<title>` cannot
/// hold an isolate, so there they are dropped.
enum HTMLEscaping {
    /// `text` escaped for element content; a run holding bidi controls is wrapped in `<bdi>`.
    static func content(_ text: String) -> String {
        var output: [UInt8] = []
        appendContent(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// `text` escaped for an attribute value (or `<title>`); bidi controls are dropped.
    static func attribute(_ text: String) -> String {
        var output: [UInt8] = []
        appendAttribute(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the UTF-8 of `text` escaped as ``content(_:)`` escapes it.
    static func appendContent(_ text: String, to output: inout [UInt8]) {
        escape(text, keepBidiControls: true, to: &output)
    }

    /// Appends the UTF-8 of `text` escaped as ``attribute(_:)`` escapes it.
    static func appendAttribute(_ text: String, to output: inout [UInt8]) {
        escape(text, keepBidiControls: false, to: &output)
    }

    /// Works on UTF-8 bytes: everything it changes is ASCII, a C1 control (`C2 80`...`C2 9F`) or a
    /// bidi control (`E2 80 AA`...`AE`, `E2 81 A6`...`A9`), so runs of other text are copied as
    /// they are.
    private static func escape(_ text: String, keepBidiControls: Bool, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            // `mayNeedWork` ≡ a single load from its table, for the byte-by-byte scan.
            let mayNeedWork = Self.mayNeedWorkTable
            let start = output.count
            var isolated = false
            var copied = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard mayNeedWork[Int(byte)] else {
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                switch byte {
                case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
                case 0x00..<0x20, 0x7F: break  // C0 controls HTML forbids
                case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                    index += 1  // a C1 control: dropped
                case 0xE2 where index + 2 < bytes.count && isBidiControl(bytes[index + 1], bytes[index + 2]):
                    if keepBidiControls {
                        isolated = true
                        let scalar = 0x2000 | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
                        output.append(contentsOf: "&#x\(String(scalar, radix: 16, uppercase: true));".utf8)
                    }
                    index += 2
                default: output.append(byte)  // a lead byte of other text
                }
                index += 1
                copied = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
            if isolated {
                output.insert(contentsOf: "<bdi>".utf8, at: start)
                output.append(contentsOf: "</bdi>".utf8)
            }
        }
    }

    /// ``mayNeedWork(_:)`` of every byte value, indexed by the byte.
    private static let mayNeedWorkTable: [Bool] = (0...255).map { mayNeedWork(UInt8($0)) }

    /// True for a byte that may start something ``escape(_:keepBidiControls:to:)`` changes; tab,
    /// line feed and carriage return are kept.
    private static func mayNeedWork(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        case 0x00..<0x20: byte != 0x09 && byte != 0x0A && byte != 0x0D
        case 0x7F, 0xC2, 0xE2: true
        default: false
        }
    }

    /// True when `E2 second third` encodes U+202A...U+202E or U+2066...U+2069.
    private static func isBidiControl(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third))
    }
}

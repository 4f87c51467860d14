/// The ToUnicode CMap of a UTF-8 (Type0, Identity-H) font: the character each two-byte code
/// stands for, so that text drawn in the font can be extracted, searched and read aloud.
///
/// libharu writes such a font's codes as the characters' UTF-16 values (it draws only
/// characters up to U+FFFF) and a CMap of its own that readers reject ("Invalid
/// 'begincidrange' operator"); the renderer writes this one instead, listing the characters
/// the font draws.
struct ToUnicodeMap {
    /// The characters the font draws.
    var characters: [Unicode.Scalar]

    /// The CMap program, in ASCII.
    var program: [UInt8] {
        let codes = characters.map(\.value).filter { $0 <= 0xFFFF }.sorted()
        var text = """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange

            """
        // At most 100 entries to a block, as the CMap format asks.
        var start = 0
        while start < codes.count {
            let block = codes[start..<min(start + 100, codes.count)]
            text += "\(block.count) beginbfchar\n"
            for code in block {
                let hex = Self.hex(code)
                text += "<\(hex)> <\(hex)>\n"
            }
            text += "endbfchar\n"
            start += 100
        }
        text += """
            endcmap
            CMapName currentdict /CMap defineresource pop
            end
            end

            """
        return Array(text.utf8)
    }

    /// `code` as four upper-case hexadecimal digits.
    private static func hex(_ code: UInt32) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return String(decoding: [12, 8, 4, 0].map { digits[Int((code >> $0) & 0xF)] }, as: UTF8.self)
    }
}

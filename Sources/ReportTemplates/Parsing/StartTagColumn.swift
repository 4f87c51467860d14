internal import CLibXML2

/// Works out the column of the start tag libxml2 has just read.
///
/// libxml2 reports `startElementNs` with its input positioned at the tag's end (before `>`),
/// and keeps the column of that position. A start tag holds no `<` after its first character
/// (attribute values may not contain one), so the tag starts at the nearest `<` before.
enum StartTagColumn {
    /// The 1-based column (in characters) of the current start tag's `<`, or 0 if unknown.
    static func of(_ context: xmlParserCtxtPtr) -> Int {
        guard let input = context.pointee.input, let base = input.pointee.base, let cursor = input.pointee.cur,
            cursor > base
        else { return 0 }
        var start = cursor - 1
        var charactersToCursor = 0
        var crossesLine = false
        while start.pointee != UInt8(ascii: "<") {
            if start.pointee == UInt8(ascii: "\n") { crossesLine = true }
            if !isContinuationByte(start.pointee) { charactersToCursor += 1 }
            guard start > base else { return 0 }
            start -= 1
        }
        charactersToCursor += 1
        if !crossesLine {
            return max(Int(input.pointee.col) - charactersToCursor, 0)
        }
        // The tag spans lines: count from the start of its own line.
        var lineStart = start
        var column = 1
        while lineStart > base {
            lineStart -= 1
            if lineStart.pointee == UInt8(ascii: "\n") { return column }
            if !isContinuationByte(lineStart.pointee) { column += 1 }
        }
        return input.pointee.consumed == 0 ? column : 0
    }

    private static func isContinuationByte(_ byte: UInt8) -> Bool {
        byte & 0b1100_0000 == 0b1000_0000
    }
}

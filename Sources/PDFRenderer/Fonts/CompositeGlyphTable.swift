import Foundation

/// Which glyphs of a TrueType font are built from other glyphs, read from the font file's
/// `head`, `maxp`, `loca` and `glyf` tables.
struct CompositeGlyphTable {
    /// The number of glyphs in the font.
    let glyphCount: Int
    private let bytes: [UInt8]
    private let glyfOffset: Int
    private let glyphOffsets: [Int]

    /// Reads the font file at `path`; `nil` when it cannot be read or is not a TrueType font.
    init?(contentsOfFile path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        self.init(fontData: [UInt8](data))
    }

    /// Reads a TrueType font's bytes; `nil` when a table is missing or malformed.
    init?(fontData bytes: [UInt8]) {
        guard bytes.count >= 12 else { return nil }
        var tables: [String: (offset: Int, length: Int)] = [:]
        let tableCount = Int(bytes.uint16(at: 4))
        for index in 0..<tableCount {
            let record = 12 + index * 16
            guard record + 16 <= bytes.count else { return nil }
            let tag = String(decoding: bytes[record..<record + 4], as: UTF8.self)
            tables[tag] = (Int(bytes.uint32(at: record + 8)), Int(bytes.uint32(at: record + 12)))
        }
        guard let head = tables["head"], let maxp = tables["maxp"], let loca = tables["loca"],
            let glyf = tables["glyf"], head.offset + 54 <= bytes.count, maxp.offset + 6 <= bytes.count
        else { return nil }
        let longOffsets = bytes.uint16(at: head.offset + 50) == 1
        let glyphCount = Int(bytes.uint16(at: maxp.offset + 4))
        let entrySize = longOffsets ? 4 : 2
        guard loca.offset + (glyphCount + 1) * entrySize <= bytes.count else { return nil }
        glyphOffsets = (0...glyphCount).map { index in
            longOffsets
                ? Int(bytes.uint32(at: loca.offset + index * 4))
                : Int(bytes.uint16(at: loca.offset + index * 2)) * 2
        }
        self.glyphCount = glyphCount
        self.glyfOffset = glyf.offset
        self.bytes = bytes
    }

    /// The glyphs `glyph` is directly built from; empty for a simple glyph.
    func components(of glyph: UInt16) -> [UInt16] {
        let index = Int(glyph)
        guard index < glyphCount, glyphOffsets[index + 1] > glyphOffsets[index] else { return [] }
        var offset = glyfOffset + glyphOffsets[index]
        guard offset + 10 <= bytes.count, Int16(bitPattern: bytes.uint16(at: offset)) < 0 else { return [] }
        offset += 10
        var result: [UInt16] = []
        while offset + 4 <= bytes.count {
            let flags = bytes.uint16(at: offset)
            result.append(bytes.uint16(at: offset + 2))
            offset += 4 + (flags & 0x0001 != 0 ? 4 : 2)
            if flags & 0x0008 != 0 {
                offset += 2
            } else if flags & 0x0040 != 0 {
                offset += 4
            } else if flags & 0x0080 != 0 {
                offset += 8
            }
            if flags & 0x0020 == 0 { break }
        }
        return result
    }

    /// Every glyph that `glyphs` are built from, directly or through other composites.
    func components(reachableFrom glyphs: [UInt16]) -> Set<UInt16> {
        var found: Set<UInt16> = []
        var pending = glyphs
        while let glyph = pending.popLast() {
            for component in components(of: glyph) where found.insert(component).inserted {
                pending.append(component)
            }
        }
        return found
    }
}

extension [UInt8] {
    /// The big-endian 16-bit value at `offset`.
    fileprivate func uint16(at offset: Int) -> UInt16 {
        UInt16(self[offset]) << 8 | UInt16(self[offset + 1])
    }

    /// The big-endian 32-bit value at `offset`.
    fileprivate func uint32(at offset: Int) -> UInt32 {
        UInt32(uint16(at: offset)) << 16 | UInt32(uint16(at: offset + 2))
    }
}

/// The glyphs of a TrueType file: what each glyph is drawn from, and the file with only some
/// glyphs kept, as embedded in a PDF.
///
/// A composite glyph (é is e plus an acute accent) is drawn from its components, which can be
/// composites themselves; in DejaVu many accented letters are nested that way. libharu keeps
/// only the direct components, so accents vanished; ``closure(of:)`` lists them all.
struct TrueTypeGlyphs {
    private let font: [UInt8]
    /// Where each table is in `font`, by tag, in the order of the table directory.
    private let tables: [(tag: UInt32, range: Range<Int>)]
    private let glyf: Range<Int>
    /// Where each glyph starts in `glyf`, and where the last ends.
    private let locations: [Int]
    private let longOffsets: Bool

    /// Reads the table directory and the `head`, `loca` and `glyf` tables of the TrueType file
    /// `font`; `nil` when they are missing or malformed.
    init?(font: [UInt8]) {
        self.font = font
        guard font.count >= 12 else { return nil }
        var tables: [(tag: UInt32, range: Range<Int>)] = []
        for record in 0..<Int(Self.uint16(font, 4)) {
            let at = 12 + record * 16
            guard at + 16 <= font.count else { return nil }
            let offset = Int(Self.uint32(font, at + 8))
            let length = Int(Self.uint32(font, at + 12))
            guard offset + length <= font.count else { return nil }
            tables.append((Self.uint32(font, at), offset..<(offset + length)))
        }
        func table(_ tag: UInt32) -> Range<Int>? { tables.first { $0.tag == tag }?.range }
        guard let head = table(Self.head), head.count >= 54, let loca = table(Self.loca),
            let glyf = table(Self.glyf)
        else { return nil }
        longOffsets = Self.uint16(font, head.lowerBound + 50) != 0
        let count = loca.count / (longOffsets ? 4 : 2)
        var locations: [Int] = []
        locations.reserveCapacity(count)
        for index in 0..<count {
            let at = loca.lowerBound + index * (longOffsets ? 4 : 2)
            locations.append(longOffsets ? Int(Self.uint32(font, at)) : Int(Self.uint16(font, at)) * 2)
        }
        guard count >= 2, zip(locations, locations.dropFirst()).allSatisfy({ $0 <= $1 }),
            locations.last! <= glyf.count
        else { return nil }
        self.tables = tables
        self.glyf = glyf
        self.locations = locations
    }

    /// `glyph` and every glyph it is built from, each once, `glyph` first.
    func closure(of glyph: UInt16) -> [UInt16] {
        var found: [UInt16] = [glyph]
        var index = 0
        while index < found.count {
            for component in components(of: found[index]) where !found.contains(component) {
                found.append(component)
            }
            index += 1
        }
        return found
    }

    /// The font file with the outlines of `kept` glyphs only (and .notdef); every other glyph is
    /// left empty, so glyph numbers, metrics and `cmap` stay as they are. Of the other tables,
    /// those a PDF reader uses (``embeddedTables``) are copied unchanged; checksums are
    /// recomputed.
    func file(keeping kept: [UInt16]) -> [UInt8] {
        var keeps = [Bool](repeating: false, count: locations.count - 1)
        keeps[0] = true
        for glyph in kept where Int(glyph) < keeps.count { keeps[Int(glyph)] = true }
        var outlines: [UInt8] = []
        var offsets: [Int] = [0]
        offsets.reserveCapacity(locations.count)
        for (glyph, keep) in keeps.enumerated() {
            if keep {
                outlines += font[(glyf.lowerBound + locations[glyph])..<(glyf.lowerBound + locations[glyph + 1])]
            }
            offsets.append(outlines.count)
        }
        // Short offsets count 2-byte words: usable while the outlines stay small enough.
        let long = longOffsets || outlines.count > 0x1FFFE
        var loca: [UInt8] = []
        loca.reserveCapacity(offsets.count * (long ? 4 : 2))
        for offset in offsets {
            if long {
                Self.append(UInt32(offset), to: &loca)
            } else {
                Self.append(UInt16(offset / 2), to: &loca)
            }
        }
        let tables = self.tables.filter { Self.embeddedTables.contains($0.tag) }
        let power = 1 << (Int.bitWidth - 1 - tables.count.leadingZeroBitCount)  // the largest <= count
        var file = Array(font[0..<4])
        for value in [tables.count, power * 16, power.trailingZeroBitCount, (tables.count - power) * 16] {
            Self.append(UInt16(value), to: &file)
        }
        file += [UInt8](repeating: 0, count: tables.count * 16)
        var headAt = 0
        for (index, table) in tables.enumerated() {
            let start = file.count
            switch table.tag {
            case Self.glyf: file += outlines
            case Self.loca: file += loca
            default: file += font[table.range]
            }
            if table.tag == Self.head {
                headAt = start
                file.replaceSubrange((start + 8)..<(start + 12), with: [0, 0, 0, 0])  // checkSumAdjustment
                file.replaceSubrange((start + 50)..<(start + 52), with: [0, long ? 1 : 0])  // indexToLocFormat
            }
            let length = file.count - start
            while file.count % 4 != 0 { file.append(0) }
            var record: [UInt8] = []
            Self.append(table.tag, to: &record)
            Self.append(Self.checksum(file[start...]), to: &record)
            Self.append(UInt32(start), to: &record)
            Self.append(UInt32(length), to: &record)
            file.replaceSubrange((12 + index * 16)..<(28 + index * 16), with: record)
        }
        let adjustment = 0xB1B0_AFBA &- Self.checksum(file[...])
        var adjustmentBytes: [UInt8] = []
        Self.append(adjustment, to: &adjustmentBytes)
        file.replaceSubrange((headAt + 8)..<(headAt + 12), with: adjustmentBytes)
        return file
    }

    /// The font file with every glyph, and only the tables a PDF reader uses.
    func fileKeepingEveryGlyph() -> [UInt8] {
        file(keeping: (0..<(locations.count - 1)).map { UInt16(truncatingIfNeeded: $0) })
    }

    /// The direct components of `glyph`; empty for a simple, empty or unknown glyph.
    private func components(of glyph: UInt16) -> [UInt16] {
        let number = Int(glyph)
        guard number + 1 < locations.count else { return [] }
        let start = glyf.lowerBound + locations[number]
        let end = glyf.lowerBound + locations[number + 1]
        // A glyph with fewer than 0 contours is a composite.
        guard end - start >= 10, Int16(bitPattern: Self.uint16(font, start)) < 0 else { return [] }
        var components: [UInt16] = []
        var at = start + 10
        while at + 4 <= end {
            let flags = Self.uint16(font, at)
            components.append(Self.uint16(font, at + 2))
            at += 4 + (flags & 0x0001 != 0 ? 4 : 2)  // ARG_1_AND_2_ARE_WORDS
            if flags & 0x0008 != 0 {  // WE_HAVE_A_SCALE
                at += 2
            } else if flags & 0x0040 != 0 {  // WE_HAVE_AN_X_AND_Y_SCALE
                at += 4
            } else if flags & 0x0080 != 0 {  // WE_HAVE_A_TWO_BY_TWO
                at += 8
            }
            guard flags & 0x0020 != 0 else { break }  // MORE_COMPONENTS
        }
        return components
    }

    /// The tables libharu 2.3.0 embeds of a TrueType font, as a PDF reader uses them: `head`,
    /// `hhea`, `maxp`, `loca`, `glyf`, `hmtx`, `cmap`, the hinting tables `cvt `, `fpgm` and
    /// `prep`, and `OS/2`, `name` and `post`.
    static let embeddedTables: Set<UInt32> = Set(
        ["head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap", "cvt ", "fpgm", "prep", "OS/2", "name", "post"].map(
            FontFile.tag))

    private static let head = FontFile.tag("head")
    private static let loca = FontFile.tag("loca")
    private static let glyf = FontFile.tag("glyf")

    /// The TrueType checksum of `bytes` (whose count is a multiple of 4): the sum of its
    /// big-endian 32-bit words.
    private static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var sum: UInt32 = 0
        var at = bytes.startIndex
        while at < bytes.endIndex {
            sum &+=
                UInt32(bytes[at]) << 24 | UInt32(bytes[at + 1]) << 16 | UInt32(bytes[at + 2]) << 8
                | UInt32(bytes[at + 3])
            at += 4
        }
        return sum
    }

    private static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1])
    }

    private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(uint16(bytes, at)) << 16 | UInt32(uint16(bytes, at + 2))
    }

    private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        append(UInt16(value >> 16), to: &bytes)
        append(UInt16(value & 0xFFFF), to: &bytes)
    }

    private static func append(_ value: UInt16, to bytes: inout [UInt8]) {
        bytes.append(UInt8(value >> 8))
        bytes.append(UInt8(value & 0xFF))
    }
}

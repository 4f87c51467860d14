/// The glyphs a TrueType glyph is drawn from: itself and, for a composite glyph (é is e plus
/// an acute accent), its components, nested ones too.
///
/// libharu keeps only the glyphs marked as used when it embeds a font, and it marks only the
/// direct components of a composite; in DejaVu many accented letters are composites of
/// composites, whose accents would vanish. Marking every glyph this reader lists keeps them.
struct CompositeGlyphs {
    private let font: [UInt8]
    private let glyf: Range<Int>
    private let locations: [Int]

    /// Reads the `head`, `loca` and `glyf` tables of the TrueType file `font`; `nil` when they
    /// are missing or malformed.
    init?(font: [UInt8]) {
        self.font = font
        guard let head = Self.table("head", in: font), head.count >= 54,
            let loca = Self.table("loca", in: font), let glyf = Self.table("glyf", in: font)
        else { return nil }
        let longOffsets = Self.uint16(font, head.lowerBound + 50) != 0
        let count = loca.count / (longOffsets ? 4 : 2)
        var locations: [Int] = []
        locations.reserveCapacity(count)
        for index in 0..<count {
            let at = loca.lowerBound + index * (longOffsets ? 4 : 2)
            locations.append(longOffsets ? Int(Self.uint32(font, at)) : Int(Self.uint16(font, at)) * 2)
        }
        guard locations.allSatisfy({ $0 <= glyf.count }) else { return nil }
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

    /// The bytes of table `tag` in `font`, from its table directory.
    private static func table(_ tag: String, in font: [UInt8]) -> Range<Int>? {
        guard font.count >= 12 else { return nil }
        let tagValue = tag.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        for record in 0..<Int(uint16(font, 4)) {
            let at = 12 + record * 16
            guard at + 16 <= font.count else { return nil }
            guard uint32(font, at) == tagValue else { continue }
            let offset = Int(uint32(font, at + 8))
            let length = Int(uint32(font, at + 12))
            guard offset + length <= font.count else { return nil }
            return offset..<(offset + length)
        }
        return nil
    }

    private static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1])
    }

    private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(uint16(bytes, at)) << 16 | UInt32(uint16(bytes, at + 2))
    }
}

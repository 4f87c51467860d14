internal import CHaru

/// A single-byte encoding made for one document: the characters it draws that Windows-1252
/// lacks but that have a standard glyph name (Ł, ő, ş, ư, Greek, Cyrillic ...), at codes from
/// 0x21 up, written into the PDF as the /Differences of WinAnsiEncoding.
///
/// A simple TrueType font in this encoding draws them. libharu's UTF-8 font, which maps all
/// 65,536 code points (about as much work as the rest of a report) is then left for the
/// characters without such a name: Vietnamese letters with tone marks, ideographs.
struct NamedEncoding {
    /// The encoding's name in the document; documents are made one after another, so one
    /// name serves them all.
    static let name = "CareerReport-Named"
    /// The first code given out; 0x20 is left alone (PDF word spacing applies to it).
    static let firstCode: UInt8 = 0x21

    /// The characters, in code order.
    let characters: [Unicode.Scalar]
    private let codes: [UInt32: UInt8]

    /// The encoding of those of `characters` that have a glyph name, as many as fit; `nil`
    /// when none has.
    init?(choosingFrom characters: some Sequence<Unicode.Scalar>) {
        let capacity = 256 - Int(Self.firstCode)
        let named = characters.filter { charu_has_glyph_name(HPDF_UNICODE($0.value)) != 0 }.prefix(capacity)
        guard !named.isEmpty else { return nil }
        self.characters = Array(named)
        codes = Dictionary(
            uniqueKeysWithValues: named.enumerated().map { ($1.value, Self.firstCode + UInt8($0)) })
    }

    /// True when the encoding has `scalar`.
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        codes[scalar.value] != nil
    }

    /// The byte of `scalar`, or `nil` when the encoding lacks it.
    func code(for scalar: Unicode.Scalar) -> UInt8? {
        codes[scalar.value]
    }
}

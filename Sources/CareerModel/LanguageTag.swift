/// A language as people and files name it: a BCP 47 tag such as `es`, `ES`, `es-mx` or `zh-Hant`,
/// read by one rule wherever a language is given (`--lang`, catalog translations, template folders).
///
/// A tag is a language of 2 or 3 letters, then any number of subtags of 2 to 8 letters or digits,
/// joined by `-`. ``code`` writes it the standard way, so that `ES` and `es` are one language: the
/// language in lower case, a script (4 letters) in title case, a region (2 letters) in upper case,
/// anything else in lower case (`es-mx` becomes `es-MX`).
public struct LanguageTag: Sendable, Hashable, CustomStringConvertible {
    /// The tag written the standard way, such as `es` or `es-MX`.
    public let code: String

    /// Reads `text` as a language tag; `nil` when it is not one (`e_s`, `../x`, `english`).
    public init?(_ text: String) {
        let parts = text.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy(Self.isASCIILetter),
            parts.dropFirst().allSatisfy({ (2...8).contains($0.count) && $0.allSatisfy(Self.isASCIILetterOrDigit) })
        else { return nil }
        let subtags = text.split(separator: "-").enumerated().map { index, subtag in
            if index == 0 { return subtag.lowercased() }
            if subtag.count == 4, subtag.allSatisfy(\.isLetter) {
                return subtag.prefix(1).uppercased() + subtag.dropFirst().lowercased()
            }
            if subtag.count == 2, subtag.allSatisfy(\.isLetter) { return subtag.uppercased() }
            return subtag.lowercased()
        }
        code = subtags.joined(separator: "-")
    }

    // Checked by hand, not with a Regex: a Regex is compiled at each use, and tags are read for
    // every translation a report looks up.
    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// The language without script or region: `es` for `es-MX`.
    public var language: String { code.split(separator: "-").first.map(String.init) ?? code }

    public var description: String { code }
}

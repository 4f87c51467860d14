import Testing

@testable import MIME

@Suite("MIME encodings: quoted-printable, encoded-words, addresses, dates")
struct EmailEncodingTests {
    @Test("quoted-printable keeps lines within 76 characters and escapes what it must")
    func quotedPrintable() {
        let text = "Zoë scored 85% = strong \n" + String(repeating: "long line ", count: 20) + "\nend"
        let encoded = QuotedPrintable.encode(text)
        for line in encoded.split(separator: "\r\n", omittingEmptySubsequences: false) {
            #expect(line.count <= 76, "\(line)")
        }
        #expect(encoded.contains("Zo=C3=AB"))
        #expect(encoded.contains("85% =3D strong=20\r\n"), "a space at the end of a line is encoded")
        #expect(encoded.hasSuffix("end\r\n"))
        #expect(!encoded.replacingAll("\r\n", with: "").contains("\n"), "no bare line feeds")
    }

    @Test("ASCII headers stay readable and fold at spaces; others become encoded-words of at most 75")
    func encodedWords() {
        #expect(HeaderEncoding.encode("Career report", fieldLength: 9) == "Career report")
        let long = HeaderEncoding.encode(String(repeating: "word ", count: 30), fieldLength: 9)
        #expect(("Subject: " + long).split(separator: "\r\n").allSatisfy { $0.count <= 78 })
        let name = String(repeating: "Zoë Ñúñez ", count: 8)
        let encoded = HeaderEncoding.encode(name, fieldLength: 9)
        let words = encoded.split(separator: "\r\n ")
        #expect(words.count > 1)
        for word in words {
            #expect(word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?=") && word.count <= 75)
        }
    }

    @Test("display names with specials are quoted; file names use RFC 2231")
    func specials() {
        #expect(HeaderEncoding.displayName("O'Brien, Pat") == "\"O'Brien, Pat\"")
        #expect(HeaderEncoding.parameter("filename", "s-1.pdf") == "filename=\"s-1.pdf\"")
        #expect(HeaderEncoding.parameter("filename", "Zoë.pdf") == "filename*=UTF-8''Zo%C3%AB.pdf")
    }

    @Test(
        "addresses parse with or without a name, and refuse line breaks",
        arguments: [
            ("counselor@school.org", nil as String?, "counselor@school.org"),
            ("Ms Rivera <rivera@school.org>", "Ms Rivera", "rivera@school.org"),
            ("\"Rivera, Ana\" <rivera@school.org>", "Rivera, Ana", "rivera@school.org"),
        ])
    func addresses(text: String, name: String?, address: String) throws {
        let parsed = try MailAddress(parsing: text)
        #expect(parsed.name == name && parsed.address == address)
    }

    @Test(
        "bad addresses are refused",
        arguments: ["nobody", "a@b", "a@@b.org", "x@y.org\r\nBcc: z@w.org", "<>", "a b@c.org"])
    func badAddresses(text: String) {
        #expect(throws: MailAddressError.self) { try MailAddress(parsing: text) }
    }

    @Test(
        "dates in RFC 5322 form",
        arguments: [
            (0 as Int64, "Thu, 1 Jan 1970 00:00:00 +0000"), (1_764_374_400, "Sat, 29 Nov 2025 00:00:00 +0000"),
            (951_827_696, "Tue, 29 Feb 2000 12:34:56 +0000"),
        ])
    func dates(seconds: Int64, expected: String) {
        #expect(EmailDate.format(secondsSince1970: seconds) == expected)
    }
}

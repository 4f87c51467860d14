/// An email address with an optional display name, such as `José Müller <jose@example.org>`.
public struct MailAddress: Sendable, Equatable, CustomStringConvertible {
    /// The display name, or `nil` for a bare address.
    public var name: String?
    /// The address itself, `local@domain`.
    public var address: String

    /// Creates an address; throws when `address` is not a plain `local@domain` address or when
    /// either part contains line breaks (which would let text into other header fields).
    public init(name: String?, address: String) throws(MailAddressError) {
        let trimmed = name?.trimmingSpaces
        self.name = (trimmed?.isEmpty ?? true) ? nil : trimmed
        self.address = address
        try Self.check(address)
        if let name, name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw MailAddressError(text: name, reason: "the name contains a line break or control character")
        }
    }

    /// Parses `Name <local@domain>` or a bare `local@domain`.
    public init(parsing text: String) throws(MailAddressError) {
        let text = text.trimmingSpaces
        if text.hasSuffix(">"), let open = text.lastIndex(of: "<") {
            var name = String(text[..<open]).trimmingSpaces
            if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 {
                name = String(name.dropFirst().dropLast())
            }
            try self.init(
                name: name, address: String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
        } else {
            try self.init(name: nil, address: text)
        }
    }

    /// The domain part, used for Message-IDs.
    public var domain: String { String(address.split(separator: "@").last ?? "localhost") }

    public var description: String { name.map { "\($0) <\(address)>" } ?? address }

    private static func check(_ address: String) throws(MailAddressError) {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        let allowed = address.unicodeScalars.allSatisfy {
            $0.isASCII && $0.value > 0x20 && !"<>()[]\\,;:\"".unicodeScalars.contains($0)
        }
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix("."),
            allowed, address.utf8.count <= 254
        else {
            throw MailAddressError(text: address, reason: "it is not an address such as counselor@school.org")
        }
    }
}

/// Why a text is not a usable email address.
public struct MailAddressError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text that was given.
    public var text: String
    /// What is wrong with it.
    public var reason: String

    public var description: String { "'\(text.prefix(80))' can't be used as an email address: \(reason)" }
}

extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

import Foundation
import Hummingbird

/// A request body of `application/x-www-form-urlencoded` fields, read under a size cap.
struct FormBody: Sendable {
    /// The largest form a page sends: 80 answers and a token fit in well under 16 KiB.
    static let formLimit = 64 * 1024
    /// The largest roster upload.
    static let uploadLimit = 4 * 1024 * 1024

    /// Each field's values in order.
    let fields: [String: [String]]

    /// The first value of `name`, trimmed of surrounding whitespace, or `nil` if absent.
    subscript(name: String) -> String? {
        fields[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Parses `text` (`a=1&b=x+y%21`).
    init(parsing text: String) {
        var fields: [String: [String]] = [:]
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            fields[name, default: []].append(value)
        }
        self.fields = fields
    }

    /// Reads the body of `request`, refusing one over `limit` bytes with 413.
    static func read(_ request: inout Request, limit: Int = formLimit) async throws -> FormBody {
        try await FormBody(parsing: String(decoding: body(of: &request, limit: limit).readableBytesView, as: UTF8.self))
    }

    /// The raw body of `request`, refused with 413 over `limit` bytes (by its Content-Length first).
    static func body(of request: inout Request, limit: Int) async throws -> ByteBuffer {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw ClientError.tooLarge(limit: limit)
        }
        do {
            return try await request.collectBody(upTo: limit)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw ClientError.tooLarge(limit: limit)
        }
    }

    private static func decode(_ part: Substring) -> String {
        let spaced = part.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}

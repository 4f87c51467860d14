import Hummingbird

/// The checks every request passes before a route sees it: a known Host (so a page elsewhere
/// can't reach the server through DNS rebinding), and for every POST a same-origin source and
/// the form's CSRF token matching its cookie.
struct RequestGuard: Sendable {
    /// Host names (lower case, no port) besides IP literals that the server answers to.
    let hostNames: Set<String>

    /// Refuses a request whose Host is neither an IP address nor one of ``hostNames``.
    func checkHost(_ request: Request) throws {
        guard let authority = request.head.authority, !authority.isEmpty else { throw ClientError.badHost }
        let host = Self.hostName(authority)
        if Self.isIPLiteral(host) || hostNames.contains(host) { return }
        throw ClientError.badHost
    }

    /// Refuses a POST sent from another site's page: an `Origin` other than this server's, or a
    /// `Sec-Fetch-Site` other than `same-origin`. Under `Referrer-Policy: no-referrer` browsers send
    /// `Origin: null` even on our own forms (and plain-HTTP LAN addresses get no `Sec-Fetch-*`), so
    /// `null` passes here and the CSRF token, bound to a SameSite=Strict cookie, decides.
    func checkSource(_ request: Request) throws {
        if let origin = request.headers[.origin], origin != "null" {
            guard let authority = request.head.authority, origin == "http://\(authority)" else {
                throw ClientError.badForm
            }
        }
        if let site = request.headers[.secFetchSite], site != "same-origin" {
            throw ClientError.badForm
        }
    }

    /// Refuses a form whose `csrf` field is not the request's CSRF cookie.
    static func checkToken(_ form: FormBody, context: ServerContext) throws {
        guard let cookie = context.csrfCookie, let sent = form["csrf"], Secrets.constantTimeEqual(cookie, sent) else {
            throw ClientError.badForm
        }
    }

    /// The host part of `authority` (`host:port`, `[::1]:8080`), lower-cased.
    static func hostName(_ authority: String) -> String {
        if authority.hasPrefix("["), let end = authority.firstIndex(of: "]") {
            return String(authority[...end]).lowercased()
        }
        return String(authority.split(separator: ":", maxSplits: 1).first ?? "").lowercased()
    }

    static func isIPLiteral(_ host: String) -> Bool {
        if host.hasPrefix("[") && host.hasSuffix("]") { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in UInt8(part) != nil }
    }
}

import Hummingbird

/// The server's cookies: HttpOnly, SameSite=Strict, for the whole site. Only random tokens,
/// never a name, id or answer.
enum SiteCookie: String {
    /// The double-submit CSRF token.
    case csrf = "cr_csrf"
    /// A student's session token.
    case student = "cr_student"
    /// A counselor's console session (when the console is opened with a password).
    case console = "cr_console"

    /// The `Set-Cookie` value that stores `value`, kept for `maxAge` seconds (`nil`: until the browser closes).
    func set(_ value: String, maxAge: Int? = nil) -> String {
        "\(rawValue)=\(value); Path=/; HttpOnly; SameSite=Strict" + (maxAge.map { "; Max-Age=\($0)" } ?? "")
    }

    /// The cookie's value in `request`, if it has a plausible one (hex, 64 characters).
    func value(in request: Request) -> String? {
        guard let value = request.cookies[rawValue]?.value, value.count == 64,
            value.allSatisfy({ $0.isHexDigit })
        else { return nil }
        return value
    }
}

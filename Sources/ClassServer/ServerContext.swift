import Hummingbird
import Logging
import NIOCore

/// What a route knows about a request besides the request itself: who is on the other end.
public struct ServerContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's address; the console is served only to loopback peers unless a password is set.
    public let remoteAddress: SocketAddress?
    /// The CSRF token the request's cookie carried, if any; a POST's form must repeat it.
    var csrfCookie: String?
    /// The token forms on the response carry: the cookie's, or a new one the response sets.
    var csrfToken = ""
    /// The language of pages before a student has chosen one (`?lang=`, else Accept-Language).
    var language = UILanguage.en

    /// The context of a request that came in on `source`'s connection.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// A context for a request from `remoteAddress`, made by tests that call the responder directly.
    public init(remoteAddress: SocketAddress?, logger: Logger) {
        coreContext = .init(source: LoggerSource(logger: logger))
        self.remoteAddress = remoteAddress
    }

    /// The peer's address as a key for the join-code rate limit.
    var clientKey: String { remoteAddress?.ipAddress ?? "unknown" }

    /// True when the peer is this machine (127.0.0.0/8 or ::1).
    var isLoopback: Bool {
        guard let address = remoteAddress?.ipAddress else { return false }
        return address.hasPrefix("127.") || address == "::1" || address.hasPrefix("::ffff:127.")
    }

    /// Request bodies are read by the routes with their own caps (``FormBody``).
    public var maxUploadSize: Int { FormBody.formLimit }
}

/// A context source that is only a logger.
private struct LoggerSource: RequestContextSource {
    let logger: Logger
}

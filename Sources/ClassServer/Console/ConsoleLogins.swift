import NIOConcurrencyHelpers

/// Console sign-ins from other machines (only with `--console-password`): the hashes of the
/// cookie tokens handed out, kept in memory, so a restart signs everyone out.
final class ConsoleLogins: Sendable {
    private let hashes = NIOLockedValueBox<Set<String>>([])

    /// A new sign-in's cookie token.
    func signIn() -> String {
        let token = Secrets.token()
        hashes.withLockedValue { _ = $0.insert(SHA256.hex(token)) }
        return token
    }

    /// True when `token` came from ``signIn()``.
    func isSignedIn(_ token: String?) -> Bool {
        guard let token else { return false }
        let hash = SHA256.hex(token)
        return hashes.withLockedValue { $0.contains(hash) }
    }
}

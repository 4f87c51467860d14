/// Random secrets: cookie tokens, CSRF tokens, join and resume codes. Drawn from
/// `SystemRandomNumberGenerator`, which reads the kernel's CSPRNG (getrandom) on Linux.
enum Secrets {
    /// Letters and digits a person reads and types without confusing them: no 0/O/Q/D, 1/I/L,
    /// 2/Z, 5/S, 8/B, U/V. 21 symbols.
    static let codeAlphabet = Array("ACEFGHJKMNPRTWXY34679")

    /// A join code: `length` characters of ``codeAlphabet`` (21^6 ≈ 86 million codes).
    static func code(length: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in codeAlphabet.randomElement(using: &generator)! })
    }

    /// 32 random bytes as 64 hex characters: a cookie or CSRF token.
    static func token() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(generator.next() as UInt64, radix: 16).leftPadded(to: 16) }.joined()
    }

    /// What a person typed as a code, in the form codes are stored: upper case, without spaces or dashes.
    static func normalizedCode(_ typed: String) -> String {
        String(typed.uppercased().filter { !$0.isWhitespace && $0 != "-" }.prefix(40))
    }

    /// True when `a` and `b` are equal, compared in time that depends only on their lengths.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in x.indices { difference |= x[i] ^ y[i] }
        return difference == 0
    }
}

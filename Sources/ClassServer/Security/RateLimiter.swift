import Foundation
import NIOConcurrencyHelpers

/// Counts wrong join and resume codes per client address: after ``maxFailures`` within
/// ``window`` seconds, that address is refused (429) until the window has passed. Only failures
/// count, so a class behind one address joining normally is never slowed down.
final class RateLimiter: Sendable {
    let maxFailures: Int
    let window: TimeInterval
    private let failures = NIOLockedValueBox<[String: [Date]]>([:])

    init(maxFailures: Int = 20, window: TimeInterval = 300) {
        self.maxFailures = maxFailures
        self.window = window
    }

    /// True when `client` may try another code now.
    func allows(_ client: String, now: Date = Date()) -> Bool {
        failures.withLockedValue { table in
            let recent = (table[client] ?? []).filter { now.timeIntervalSince($0) < window }
            table[client] = recent.isEmpty ? nil : recent
            return recent.count < maxFailures
        }
    }

    /// Notes one wrong code from `client`.
    func recordFailure(_ client: String, now: Date = Date()) {
        failures.withLockedValue { table in
            table[client, default: []].append(now)
            // Bounded memory: forget the oldest addresses if an attacker sprays many.
            if table.count > 10_000 {
                table = table.filter { $0.value.contains { now.timeIntervalSince($0) < window } }
            }
        }
    }
}

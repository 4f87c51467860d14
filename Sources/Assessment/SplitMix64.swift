/// SplitMix64, the small pseudo-random generator of Steele, Lea and Flood ("Fast splittable
/// pseudorandom number generators", OOPSLA 2014), with the constants of Vigna's reference version.
///
/// Integer arithmetic only, so a seed gives the same numbers on every platform and every run;
/// the retake simulation depends on that (``RetakeSimulation``).
struct SplitMix64: Sendable {
    private(set) var state: UInt64

    /// A generator that starts from `seed`.
    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in [0, 1): the top 53 bits, exactly representable.
    mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A standard normal number (mean 0, variance 1), approximated as the sum of 12 uniform
    /// numbers minus 6 (Irwin-Hall). Additions only, so it is exact and the same everywhere, unlike
    /// Box-Muller, whose `log` and `cos` differ in the last bit between C libraries. Its tails stop
    /// at ±6, which retakes never need.
    mutating func nextNormal() -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += nextUnit() }
        return sum - 6
    }

    /// One step of SplitMix64's output function on `value`: mixes the bits of a seed.
    static func mix(_ value: UInt64) -> UInt64 {
        var generator = SplitMix64(seed: value)
        return generator.next()
    }
}

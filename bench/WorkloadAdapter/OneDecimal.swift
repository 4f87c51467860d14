/// Numbers with one decimal, exactly as C's and Python's `%.1f` write them, without Foundation's
/// `String(format:)` (which costs more than the rest of a report's data).
enum OneDecimal {
    /// `value` rounded to one decimal: the exact binary value, ties to even (`0.25` is `0.2`,
    /// `0.35` is `0.3` because 0.35 is stored a little below it).
    static func text(_ value: Double) -> String {
        let magnitude = value.magnitude
        guard value.isFinite, magnitude < 1e14 else { return "\(value)" }
        // Fused multiply-adds give the sign of `magnitude * 10 - n` exactly, with one rounding.
        func tenthsExceed(_ n: Double) -> Double { (-n).addingProduct(magnitude, 10) }
        var tenths = (magnitude * 10).rounded(.down)
        while tenths > 0, tenthsExceed(tenths) < 0 { tenths -= 1 }
        while tenthsExceed(tenths + 1) >= 0 { tenths += 1 }
        let beyondHalf = tenthsExceed(tenths + 0.5)
        if beyondHalf > 0 || (beyondHalf == 0 && tenths.truncatingRemainder(dividingBy: 2) == 1) { tenths += 1 }
        let whole = Int(tenths) / 10
        let fraction = Int(tenths) % 10
        return "\(value.sign == .minus ? "-" : "")\(whole).\(fraction)"
    }
}

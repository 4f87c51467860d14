import Foundation

/// Numbers written for people: whole numbers without `.0`, fixed decimals rounded half away from zero.
enum NumberText {
    /// `3` for 3.0, `0.78` for 0.78: the shortest text that reads back as the same number.
    static func plain(_ number: Double) -> String {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return "\(number)"
    }

    /// `number` with exactly `digits` decimals, rounded half away from zero (2.5 -> 3, -2.5 -> -3).
    ///
    /// Rounds the decimal number the value was written as (1.005 -> 1.01), not its binary
    /// approximation, so results match what a person computes by hand.
    static func fixed(_ number: Double, digits: Int, scaledBy factor: Decimal = 1) -> String {
        guard number.isFinite, var decimal = Decimal(string: "\(number)") else { return "\(number)" }
        decimal *= factor
        var rounded = Decimal()
        NSDecimalRound(&rounded, &decimal, digits, .plain)
        let text = rounded.description
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = parts.first.map(String.init) ?? "0"
        guard digits > 0 else { return whole }
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        return whole + "." + fraction + String(repeating: "0", count: max(digits - fraction.count, 0))
    }
}

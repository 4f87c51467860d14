import Foundation

/// Reads the times forms write: ISO 8601, Google Forms' `2026/11/30 10:15:42 AM GMT+1`, and
/// the `11/30/2026 10:15:42` of a spreadsheet's text; a spreadsheet's date serial is read by
/// ``spreadsheetSerial(_:)``. Times without a zone are taken as UTC: only differences between
/// them (how long a form took) and the day are used.
enum FormDates {
    /// The time `text` names, or `nil` when it is not a time in a known form.
    static func date(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if let date = try? Date(trimmed, strategy: .iso8601) { return date }
        for format in formats {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = format
            if let date = formatter.date(from: trimmed) { return date }
        }
        return nil
    }

    private static let formats = [
        "yyyy/MM/dd h:mm:ss a O", "yyyy/MM/dd h:mm:ss a OOOO", "yyyy/MM/dd h:mm:ss a z",
        "yyyy/MM/dd h:mm:ss a", "M/d/yyyy H:mm:ss", "M/d/yyyy h:mm:ss a", "yyyy-MM-dd HH:mm:ss", "M/d/yy H:mm",
    ]

    /// A spreadsheet date serial (days since 1899-12-30, the fraction the time of day) as a time.
    static func spreadsheetSerial(_ serial: Double) -> Date? {
        guard serial.isFinite, serial > 0, serial < 2_958_466 else { return nil }
        return Date(timeIntervalSince1970: ((serial - 25569) * 86400).rounded())
    }
}

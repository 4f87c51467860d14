import Foundation

/// The report HTML as the renderer writes it (email-safe, with inline styles), made servable
/// under a Content-Security-Policy without `'unsafe-inline'`: every inline style is allowed by
/// its SHA-256 hash, and a bar with the PDF download and the way back is added at the top.
struct ReportPage {
    /// The page's markup.
    let html: String
    /// The policy that allows exactly this page's inline styles.
    let contentSecurityPolicy: String

    init(rendered: [UInt8], language: UILanguage) {
        var html = String(decoding: rendered, as: UTF8.self)
        let bar = """
            <nav class="report-actions" aria-label="\(language == .es ? "Tu informe" : "Your report")">\
            <a href="/report/career-report.pdf" download>\(language == .es ? "Descargar el PDF" : "Download the PDF")</a> \
            <a href="/q/1">\(language == .es ? "Revisar mis respuestas" : "Review my answers")</a></nav>
            """
        if let head = html.range(of: "</head>") {
            html.insert(contentsOf: "<link rel=\"stylesheet\" href=\"/static/serve.css\">\n", at: head.lowerBound)
        }
        if let body = html.range(of: "<body"), let end = html[body.upperBound...].firstIndex(of: ">") {
            html.insert(contentsOf: "\n" + bar, at: html.index(after: end))
        }
        self.html = html
        var hashes: Set<String> = []
        for match in html.matches(of: /style="([^"]*)"/) {
            hashes.insert(Self.hash(Self.unescape(String(match.1))))
        }
        for match in html.matches(of: /<style[^>]*>([\s\S]*?)<\/style>/) {
            hashes.insert(Self.hash(String(match.1)))
        }
        let sources = hashes.sorted().map { "'sha256-\($0)'" }.joined(separator: " ")
        contentSecurityPolicy =
            SecurityHeaders.contentSecurityPolicy
            + "; style-src 'self' 'unsafe-hashes' \(sources)"
    }

    private static func hash(_ text: String) -> String {
        Data(SHA256.digest(Array(text.utf8))).base64EncodedString()
    }

    /// An attribute value as the browser reads it (the renderer escapes only these).
    private static func unescape(_ value: String) -> String {
        value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

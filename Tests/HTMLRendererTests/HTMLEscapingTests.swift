import DocumentFixtures
import EmailChecks
import Foundation
import ReportDocument
import Testing

@testable import HTMLRenderer

@Suite("HTML escaping and link safety")
struct HTMLEscapingTests {
    let html = HTMLRenderer().render(Fixtures.hostileReport())

    @Test func hostileNameIsInertInText() {
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Zoë&#39; "))
        #expect(!html.contains("onmouseover='"))
    }

    @Test func attributesAreEscaped() {
        #expect(html.contains(#"id="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;""#))
        #expect(html.contains(#"<div id="x&#39; onmouseover=&#39;alert(1)">"#))
        #expect(html.contains(#"<html lang="und" dir="ltr">"#))
        #expect(html.contains(#"href="https://ok.example/&quot;onclick=&quot;x""#))
        let tags = EmailLint.tags(in: html)
        #expect(!tags.contains { $0.attributes.contains { $0.0.hasPrefix("on") } })
    }

    @Test func bidiOverridesAreIsolated() {
        #expect(!html.unicodeScalars.contains { $0.isBidiControl })
        #expect(html.contains("&#x202E;</bdi>"))
        #expect(html.contains("<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Zoë&#39; </title>"))
        #expect(HTMLEscaping.content("a\u{2066}b") == "<bdi>a&#x2066;b</bdi>")
        #expect(HTMLEscaping.attribute("a\u{202D}b\u{2069}") == "ab")
        #expect(HTMLEscaping.content("plain") == "plain")
    }

    @Test func controlCharactersAreDropped() {
        #expect(HTMLEscaping.content("a\u{0}b\u{7}c\td") == "abc\td")
    }

    @Test func unsafeLinksBecomePlainText() {
        for text in ["js link", "mixed case js", "data link", "spaced js"] {
            #expect(html.contains(text))
        }
        #expect(!html.lowercased().contains("javascript:"))
        #expect(!html.contains("data:"))
        #expect(html.components(separatedBy: "<a href=").count == 2)
    }

    @Test(arguments: [
        ("https://example.org/a?b=1", true), ("http://example.org", true), ("mailto:a@b.org", true),
        ("#section", true), ("HTTPS://EXAMPLE.ORG", true), ("javascript:alert(1)", false),
        ("data:text/html,x", false), ("vbscript:x", false), ("/relative", false), ("//evil.example", false),
        ("https://a b", false), ("#", false), ("", false), ("https://x\u{202E}y", false), ("ftp://x", false),
    ])
    func linkTargets(target: String, allowed: Bool) {
        #expect((LinkTarget(target) != nil) == allowed)
    }

    @Test func safeLinksUseTheAccentColourAndUnderline() {
        let doc = Fixtures.document([.paragraph(Paragraph(content: [.link(target: "#top", content: [.text("up")])]))])
        #expect(
            HTMLRenderer().render(doc).contains(
                ##"<a href="#top" class="cr-link" style="color:#1769aa;text-decoration:underline;">up</a>"##))
    }

    @Test func hostileThemeCannotInjectCSS() {
        #expect(!html.contains("position"))
        #expect(!html.contains("onload"))
        #expect(html.contains("color:#1769aa;text-decoration:underline;"), "unreadable accent falls back")
        #expect(html.contains("font-family:sans-serif;"), "a stack with no clean family falls back")
        #expect(html.contains("color:#123c69;"), "unreadable heading colour falls back")
        #expect(!html.contains("#123&quot;"))
    }

    @Test func accentedNamesComeThroughIntact() {
        for name in ["José Müller", "Zoë Ñúñez"] {
            let html = HTMLRenderer().render(Fixtures.sampleReport(name: name))
            #expect(html.contains("<title>Career report for \(name)</title>"))
            #expect(html.contains("Hello \(name)!"))
            let bytes = Array(html.utf8), nameBytes = Array(name.utf8)
            #expect(bytes.indices.contains { bytes[$0...].starts(with: nameBytes) }, "\(name) as the same UTF-8 bytes")
        }
    }
}

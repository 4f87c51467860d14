import Foundation
import ReportDocument
import ReportTemplates
import Testing

@Suite("value formats")
struct FormatTests {
    func written(_ value: ReportValue, _ attributes: String, language: String = "en") throws -> String {
        let parsed = try template(
            body: "<p><value of=\"v\" \(attributes)/></p>",
            meta: "<title>T</title><language>\(language)</language>")
        let blocks = try bodyBlocks(parsed, .r(["v": value]))
        guard case .paragraph(let paragraph) = blocks.first else { return "?" }
        return paragraph.content.plainText
    }

    @Test(
        "text",
        arguments: [
            (ReportValue.number(3), "3"), (.number(0.78), "0.78"), (.number(-12.5), "-12.5"),
            (.string("Ana"), "Ana"), (.bool(true), "true"), (.null, ""),
        ])
    func text(_ value: ReportValue, _ expected: String) throws {
        #expect(try written(value, "") == expected)
        #expect(try written(value, "format=\"text\"") == expected)
    }

    @Test(
        "number rounds half away from zero",
        arguments: [
            (2.5, 0, "3"), (-2.5, 0, "-3"), (3.49, 0, "3"), (1.005, 2, "1.01"), (7, 2, "7.00"),
            (1234.5678, 1, "1234.6"), (-0.4, 0, "0"),
        ])
    func number(_ value: Double, _ digits: Int, _ expected: String) throws {
        #expect(try written(.number(value), "format=\"number\" digits=\"\(digits)\"") == expected)
    }

    @Test(
        "percent",
        arguments: [
            (0.78, 0, "78%"), (0.785, 0, "79%"), (0.785, 1, "78.5%"), (1, 0, "100%"), (0.0042, 2, "0.42%"),
        ])
    func percent(_ value: Double, _ digits: Int, _ expected: String) throws {
        #expect(try written(.number(value), "format=\"percent\" digits=\"\(digits)\"") == expected)
    }

    @Test(
        "date",
        arguments: [
            ("en", "2026-11-29", "29 November 2026"), ("es", "2026-11-29", "29 de noviembre de 2026"),
            ("en-US", "2024-02-29", "29 February 2024"), ("es-MX", "2026-01-05", "5 de enero de 2026"),
            ("de", "2026-11-29", "2026-11-29"), ("en", "2026-11-29T10:00:00Z", "29 November 2026"),
        ])
    func date(_ language: String, _ iso: String, _ expected: String) throws {
        #expect(try written(.string(iso), "format=\"date\"", language: language) == expected)
    }

    @Test("not a date", arguments: ["2025-02-29", "29/11/2026", "2026-13-01", "soon"])
    func notADate(_ text: String) throws {
        let parsed = try template(body: "<p><value of=\"v\" format=\"date\"/></p>")
        let found = bindingDiagnostics(parsed, .r(["v": .string(text)]))
        #expect(found.count == 1)
    }

    @Test func numberFormatsNeedNumbers() throws {
        let parsed = try template(body: "<p><value of=\"v\" format=\"percent\"/></p>")
        #expect(
            bindingDiagnostics(parsed, .r(["v": "78"])).map(\.message) == [
                "cannot write 'v' as percent: it is text \"78\", but format=\"percent\" needs a number from 0 to 1"
            ])
    }
}

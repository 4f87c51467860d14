import Foundation
import Testing

/// Bad catalogs, templates, themes, fonts and output folders: nothing can run, so exit 1 with a
/// message naming the file and the field or line; no report is written.
@Suite("Bad input: catalog, template, theme, font and output folder")
struct BadInputSetupTests {
    static let profile = ["p.yaml": goodProfile]

    static func catalog(_ name: String, _ data: Data, mentions: [String]) -> BadCase {
        BadCase(
            name: name, files: profile.merging(["c.json": data]) { $1 },
            arguments: ["generate", "p.yaml", "--catalog", "c.json"], status: 1, mentions: ["c.json"] + mentions)
    }

    static func template(_ name: String, _ data: Data, mentions: [String]) -> BadCase {
        BadCase(
            name: name, files: profile.merging(["t.xml": data]) { $1 },
            arguments: ["generate", "p.yaml", "--template", "t.xml"], status: 1, mentions: ["t.xml"] + mentions)
    }

    /// The templates folder with `theme.json` replaced by the standard theme changed by `edit`.
    static func theme(_ name: String, _ text: String, mentions: [String]) -> BadCase {
        BadCase(
            name: name, files: profile.merging(["tpl/theme.json": utf8(text)]) { $1 }, templates: true,
            arguments: ["generate", "p.yaml", "--templates", "tpl"], status: 1, mentions: ["theme.json"] + mentions)
    }

    static let shippedTemplate =
        (try? Data(contentsOf: CLI.repository.appendingPathComponent("templates/student-report.xml"))) ?? Data()

    /// The starter catalog with its careers (an array of JSON objects) changed by `edit`.
    static func editedCatalog(_ edit: (inout [[String: Any]]) -> Void) -> Data {
        let url = CLI.repository.appendingPathComponent("Sources/CareerModel/Resources/starter-catalog.json")
        guard let data = try? Data(contentsOf: url),
            var catalog = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
            var careers = catalog["careers"] as? [[String: Any]], !careers.isEmpty
        else { return Data() }
        edit(&careers)
        catalog["careers"] = careers
        return (try? JSONSerialization.data(withJSONObject: catalog)) ?? Data()
    }

    static let cases: [BadCase] = [
        catalog(
            "a Job Zone of 99", editedCatalog { $0[0]["jobZone"] = 99 }, mentions: ["careers[0].jobZone"]),
        catalog(
            "an interest of -1e308",
            editedCatalog { $0[0]["interests"] = ["R": -1e308, "I": 1, "A": 1, "S": 1, "E": 1, "C": 1] },
            mentions: ["careers[0].interests.R"]),
        catalog("a career given twice", editedCatalog { $0.append($0[0]) }, mentions: ["careers[", "two careers"]),
        catalog(
            "a catalog of marketing careers only",
            editedCatalog { careers in careers = careers.filter { $0["family"] as? String == "marketing" } },
            mentions: ["careers", "'it'"]),
        catalog("no careers", editedCatalog { $0 = [] }, mentions: ["careers", "no careers"]),
        catalog("an empty catalog", Data(), mentions: []),
        catalog("a truncated catalog", utf8("{\"careers\": ["), mentions: []),
        catalog("binary garbage as catalog", binaryGarbage, mentions: ["UTF-8"]),
        catalog("a catalog of the wrong shape", utf8("[1, 2, 3]"), mentions: []),
        BadCase(
            name: "a 100 MB catalog", files: profile, sparse: ["c.json": 100 << 20],
            arguments: ["generate", "p.yaml", "--catalog", "c.json"], status: 1, mentions: ["c.json"]),
        template("an empty template", Data(), mentions: ["empty"]),
        template("a truncated template", shippedTemplate.prefix(500), mentions: ["t.xml:"]),
        template("binary garbage as template", binaryGarbage, mentions: ["t.xml:"]),
        template(
            "a template nested 20 000 deep",
            utf8(
                "<?xml version=\"1.0\"?><report xmlns=\"urn:careerreport:template:1\" version=\"1\">"
                    + String(repeating: "<section>", count: 20_000)),
            mentions: ["t.xml:1:", "nested more than 256 levels"]),
        template(
            "a template with a DOCTYPE that loads a file",
            utf8(
                "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><report xmlns=\"urn:careerreport:template:1\" version=\"1\">&x;</report>"
            ), mentions: ["t.xml:", "DOCTYPE"]),
        template(
            "a template with a misspelt data path",
            utf8(
                String(decoding: shippedTemplate, as: UTF8.self).replacingOccurrences(
                    of: "student.name", with: "student.nmae")), mentions: ["t.xml:", "nmae"]),
        BadCase(
            name: "a 100 MB template", files: profile, sparse: ["t.xml": 100 << 20],
            arguments: ["generate", "p.yaml", "--template", "t.xml"], status: 1, mentions: ["t.xml", "larger than"]),
        BadCase(
            name: "a missing template", files: profile, arguments: ["generate", "p.yaml", "--template", "none.xml"],
            status: 1, mentions: ["none.xml"]),
        theme("an empty theme", "", mentions: []),
        theme("a truncated theme", "{\"colors\": {", mentions: []),
        theme(
            "a theme with a syntax error gives its line",
            "{\n  \"colors\": {\n    \"accent\": \"#123456\" \"x\"\n  }\n}\n",
            mentions: ["theme.json:3:"]),
        theme("a theme of the wrong type", "{\"sizes\": {\"body\": \"big\"}}", mentions: ["sizes.body"]),
        theme("a negative type size", "{\"sizes\": {\"body\": -5}}", mentions: ["sizes.body"]),
        theme("a zero line height", "{\"sizes\": {\"lineHeight\": 0}}", mentions: ["sizes.lineHeight"]),
        theme(
            "a margin wider than the page", "{\"spacing\": {\"pageMargin\": 1e300}}", mentions: ["spacing.pageMargin"]),
        theme(
            "a font file that is missing", "{\"fonts\": {\"regular\": \"/nonexistent/x.ttf\"}}",
            mentions: ["fonts.regular", "/nonexistent/x.ttf"]),
        theme("a font path that is a folder", "{\"fonts\": {\"bold\": \"/nonexistent\"}}", mentions: ["fonts.bold"]),
        BadCase(
            name: "--out is a file (generate)", files: profile.merging(["out": Data()]) { $1 },
            arguments: ["generate", "p.yaml"],
            status: 1, mentions: ["out", "not a folder"]),
        BadCase(
            name: "--out is a file (batch)",
            files: ["out": Data(), "r.csv": utf8(BadInputRosterTests.header + BadInputRosterTests.goodRow)],
            arguments: ["batch", "r.csv", "-q"], status: 1, mentions: ["out"]),
        BadCase(
            name: "--out inside a file (batch)",
            files: ["f": Data(), "r.csv": utf8(BadInputRosterTests.header + BadInputRosterTests.goodRow)],
            arguments: ["batch", "r.csv", "-q", "--out", "f/out"], status: 1, mentions: ["f/out"]),
    ]

    @Test("each bad setup file gets exit 1 and a message naming the file and the field or line", arguments: cases)
    func badSetup(_ badCase: BadCase) throws {
        try check(badCase)
    }
}

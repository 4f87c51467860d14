import CareerModel
import Foundation
import Testing

@testable import CareerInput

/// The O*NET sample in ../shared/data/onet-sample, read in place.
private let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("../shared/data/onet-sample").standardized.path
private let hasSample = FileManager.default.fileExists(atPath: sample + "/Occupation Data.txt")

@Suite("Importing a catalog from the O*NET text database")
struct ONetImporterTests {
    let importer = ONetImporter(skills: try! Catalog.starter().skills)

    /// Writes `files` (name -> text) into a new temporary folder.
    func folder(_ files: [String: String]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("onet-\(UUID())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url.path
    }

    @Test("the sample's 30 occupations all become careers", .enabled(if: hasSample, "../shared/data is absent"))
    func sampleCounts() throws {
        let result = try importer.importFolder(sample)
        #expect(result.catalog.careers.count == 30)
        #expect(result.catalog.careers.filter { !$0.skills.isEmpty }.count == 4)
        #expect(result.catalog.careers.filter { !$0.technologies.isEmpty }.count == 8)
        #expect(result.catalog.attribution.contains("O*NET 29.2 Database"))
        #expect(result.catalog.skills == (try Catalog.starter()).skills)
    }

    @Test(
        "Search Marketing Strategists keep O*NET's OI values, high points and Job Zone exactly",
        .enabled(if: hasSample, "../shared/data is absent"))
    func seoFigures() throws {
        let catalog = try importer.importFolder(sample).catalog
        let seo = try #require(catalog.careers.first { $0.code == "13-1161.01" })
        #expect(seo.interests.values == [1.00, 3.81, 3.23, 2.70, 5.53, 4.69])
        #expect(seo.highPoints == [.enterprising, .conventional, .investigative])
        #expect(seo.jobZone == 4)
        #expect(seo.title == "Search Marketing Strategists")
        #expect(seo.family == .hybrid)
        #expect(seo.alternateTitles.count == ONetImporter.listLimit)
        // Marketing Managers have no third high point: O*NET writes 0, the import leaves it out.
        #expect(catalog.careers.first { $0.code == "11-2021.00" }?.highPoints == [.enterprising, .conventional])
        #expect(catalog.careers.first { $0.code == "15-1254.00" }?.family == .it)
    }

    @Test(
        "skills map onto the vocabulary: one O*NET skill taken as it is, two averaged half-up",
        .enabled(if: hasSample, "../shared/data is absent"))
    func skillMapping() throws {
        let catalog = try importer.importFolder(sample).catalog
        let web = try #require(catalog.careers.first { $0.code == "15-1254.00" })
        // Writing 2.A.1.c: IM 3.12, LV 3.50.
        #expect(
            web.skills.first { $0.skill == "writing" }
                == SkillRequirement(skill: "writing", importance: 3.12, level: 3.5))
        // Mathematics (IM 2.75, LV 2.88) and Systems Analysis (IM 3.12, LV 3.38): 2.935 -> 2.94, 3.13.
        #expect(
            web.skills.first { $0.skill == "data_analysis" }
                == SkillRequirement(skill: "data_analysis", importance: 2.94, level: 3.13))
        #expect(web.skills.count == ONetSkillMap.standard.elements.count)
        #expect(!web.skills.contains { $0.skill == "html_css" })
    }

    @Test("a quoted, LF-ended copy reads the same; suppressed rows are skipped and 'not relevant' is level 0")
    func quotedCopy() throws {
        let path = try folder([
            "Occupation Data.txt":
                "\"O*NET-SOC Code\"\t\"Title\"\t\"Description\"\n\"27-3043.00\"\t\"Writers and Authors\"\t\"Write \"\"copy\"\",\tstories\"\n",
            "Interests.txt": interestsText("27-3043.00", [1.2, 3.4, 7, 3.1, 4.5, 2.3], highPoints: [3, 5, 0]),
            "Job Zones.txt": "O*NET-SOC Code\tJob Zone\tDate\tDomain Source\n27-3043.00\t4\t08/2024\tAnalyst\n",
            "Skills.txt": """
            O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tN\tStandard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tNot Relevant\tDate\tDomain Source
            27-3043.00\t2.A.1.c\tWriting\tIM\t4.50\t8\t0\t0\t0\tN\tn/a\t07/2017\tAnalyst
            27-3043.00\t2.A.1.c\tWriting\tLV\t5.88\t8\t0\t0\t0\tN\tN\t07/2017\tAnalyst
            27-3043.00\t2.B.1.d\tNegotiation\tIM\t2.00\t8\t0\t0\t0\tN\tn/a\t07/2017\tAnalyst
            27-3043.00\t2.B.1.d\tNegotiation\tLV\t1.20\t8\t0\t0\t0\tN\tY\t07/2017\tAnalyst
            27-3043.00\t2.B.1.c\tPersuasion\tIM\t3.00\t8\t0\t0\t0\tY\tn/a\t07/2017\tAnalyst
            27-3043.00\t2.B.1.c\tPersuasion\tLV\t3.00\t8\t0\t0\t0\tY\tN\t07/2017\tAnalyst

            """,
        ])
        let result = try importer.importFolder(path)
        let writer = try #require(result.catalog.careers.first)
        #expect(writer.description == "Write \"copy\",\tstories")
        #expect(writer.interests[.artistic] == 7)
        #expect(writer.highPoints == [.artistic, .enterprising])
        #expect(
            writer.skills == [
                SkillRequirement(skill: "writing", importance: 4.5, level: 5.88),
                SkillRequirement(skill: "negotiation", importance: 2, level: 0),
            ])
        #expect(result.notes.contains { $0.contains("'Technology Skills.txt' is missing") })
        #expect(result.notes.contains { $0.contains("'Alternate Titles.txt' is missing") })
    }

    @Test("a missing required file is named, with what a catalog needs")
    func missingRequired() throws {
        let path = try folder(["Occupation Data.txt": "O*NET-SOC Code\tTitle\tDescription\r\n"])
        #expect { try importer.importFolder(path) } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.file == path && error.message.hasPrefix("'Interests.txt' and 'Job Zones.txt' are missing")
        }
    }

    @Test("a bad value is located by file, line and column")
    func locatedError() throws {
        let path = try folder([
            "Occupation Data.txt": "O*NET-SOC Code\tTitle\tDescription\r\n15-1254.00\tWeb Developers\tBuild sites.\r\n",
            "Interests.txt": interestsText("15-1254.00", [1, 2, 9, 4, 5, 6], highPoints: []),
            "Job Zones.txt": "O*NET-SOC Code\tJob Zone\tDate\tDomain Source\r\n15-1254.00\t3\t08/2024\tAnalyst\r\n",
        ])
        #expect { try importer.importFolder(path) } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.file.hasSuffix("Interests.txt") && error.line == 4 && error.field == "Data Value"
                && error.message.contains("outside O*NET's 1-7")
        }
    }

    @Test("a skill map file is checked against the vocabulary, naming the key and the valid ones")
    func skillMapFile() throws {
        let path = try folder(["map.json": #"{"writting": ["2.A.1.c"]}"#]) + "/map.json"
        let keys = try Catalog.starter().skills.map(\.key)
        #expect { try ONetSkillMap.read(path, vocabulary: keys) } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.field == "writting" && error.message.contains("did you mean 'writing'?")
                && error.message.contains("sql")
        }
        let good = try folder(["map.json": #"{"writing": ["2.A.1.c", "2.A.1.a"]}"#]) + "/map.json"
        #expect(try ONetSkillMap.read(good, vocabulary: keys).elements == ["writing": ["2.A.1.c", "2.A.1.a"]])
    }

    /// An Interests.txt with six OI rows and up to three IH rows for `code`, CRLF-ended.
    func interestsText(_ code: String, _ values: [Double], highPoints: [Int]) -> String {
        var lines = ["O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tDate\tDomain Source"]
        for (letter, value) in zip("abcdef", values) {
            lines.append("\(code)\t1.B.1.\(letter)\tArea\tOI\t\(value)\t11/2023\tMachine Learning")
        }
        for (letter, value) in zip("ghi", highPoints) {
            lines.append("\(code)\t1.B.1.\(letter)\tHigh-Point\tIH\t\(value).00\t11/2023\tMachine Learning")
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}

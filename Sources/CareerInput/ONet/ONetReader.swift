import CareerModel
import Foundation

/// Reads the rows of each O*NET table the import uses into plain values keyed by O*NET-SOC code.
enum ONetReader {
    /// One row of `Occupation Data.txt`.
    struct Occupation {
        let code: String
        let title: String
        let description: String
    }

    /// An occupation's interest ratings from `Interests.txt`.
    struct Interests {
        var ratings: [RIASEC: Double] = [:]
        var highPointCodes: [Int: RIASEC?] = [:]

        /// The six OI ratings, when all six are there.
        var profile: InterestScores? { ratings.count == 6 ? InterestScores(ratings) : nil }

        /// O*NET's high points first to third, without the "none" (0) entries; `nil` without IH rows.
        var highPoints: [RIASEC]? {
            highPointCodes.isEmpty ? nil : highPointCodes.sorted { $0.key < $1.key }.compactMap(\.value)
        }
    }

    /// An occupation's importance and level for one O*NET skill.
    struct SkillRating {
        var importance: Double?
        var level: Double?
    }

    /// The O*NET element IDs of the six OI areas and the three high points.
    static let areaElements: [String: RIASEC] = [
        "1.B.1.a": .realistic, "1.B.1.b": .investigative, "1.B.1.c": .artistic, "1.B.1.d": .social,
        "1.B.1.e": .enterprising, "1.B.1.f": .conventional,
    ]
    static let highPointElements = ["1.B.1.g": 1, "1.B.1.h": 2, "1.B.1.i": 3]

    static let codeColumn = "O*NET-SOC Code"

    static func occupations(_ table: ONetTable) throws(InputError) -> [Occupation] {
        let code = try table.column(codeColumn), title = try table.column("Title")
        let description = try table.column("Description")
        var result: [Occupation] = []
        for row in table.rows {
            result.append(
                Occupation(
                    code: try checkedCode(table, row, code), title: try table.text(row, title, "Title"),
                    description: try table.text(row, description, "Description")))
        }
        return result
    }

    static func interests(_ table: ONetTable) throws(InputError) -> [String: Interests] {
        let code = try table.column(codeColumn), element = try table.column("Element ID")
        let scale = try table.column("Scale ID"), value = try table.column("Data Value")
        var result: [String: Interests] = [:]
        for row in table.rows {
            let occupation = try checkedCode(table, row, code)
            let id = try table.text(row, element, "Element ID")
            switch try table.text(row, scale, "Scale ID") {
            case "OI":
                guard let area = areaElements[id] else { continue }
                let rating = try table.number(row, value, "Data Value")
                guard (1...7).contains(rating) else {
                    throw InputError(
                        file: table.file, line: row.line, field: "Data Value",
                        message: "\(rating) is outside O*NET's 1-7 interest scale (OI)")
                }
                result[occupation, default: Interests()].ratings[area] = rating
            case "IH":
                guard let position = highPointElements[id] else { continue }
                let number = try table.number(row, value, "Data Value")
                guard number == 0 || (1...6).contains(number), number.rounded() == number else {
                    throw InputError(
                        file: table.file, line: row.line, field: "Data Value",
                        message:
                            "\(number) is not a high-point code; O*NET uses 1-6 for R, I, A, S, E, C and 0 for none")
                }
                let point: RIASEC? = number == 0 ? nil : RIASEC.allCases[Int(number) - 1]
                result[occupation, default: Interests()].highPointCodes[position] = .some(point)
            default:
                continue
            }
        }
        return result
    }

    static func jobZones(_ table: ONetTable) throws(InputError) -> [String: Int] {
        let code = try table.column(codeColumn), zone = try table.column("Job Zone")
        var result: [String: Int] = [:]
        for row in table.rows {
            let value = try table.number(row, zone, "Job Zone")
            guard (1...5).contains(value), value.rounded() == value else {
                throw InputError(
                    file: table.file, line: row.line, field: "Job Zone",
                    message: "\(value) is not a Job Zone; O*NET uses 1 to 5")
            }
            result[try checkedCode(table, row, code)] = Int(value)
        }
        return result
    }

    /// Ratings by occupation and element ID. Rows with `Recommend Suppress = Y` are skipped; a level
    /// row with `Not Relevant = Y` counts as level 0.
    static func skills(_ table: ONetTable) throws(InputError) -> [String: [String: SkillRating]] {
        let code = try table.column(codeColumn), element = try table.column("Element ID")
        let scale = try table.column("Scale ID"), value = try table.column("Data Value")
        let suppress = try table.column("Recommend Suppress"), notRelevant = try table.column("Not Relevant")
        var result: [String: [String: SkillRating]] = [:]
        for row in table.rows {
            if try table.text(row, suppress, "Recommend Suppress").uppercased() == "Y" { continue }
            let occupation = try checkedCode(table, row, code)
            let id = try table.text(row, element, "Element ID")
            switch try table.text(row, scale, "Scale ID") {
            case "IM":
                let importance = try table.number(row, value, "Data Value")
                guard (1...5).contains(importance) else {
                    throw InputError(
                        file: table.file, line: row.line, field: "Data Value",
                        message: "\(importance) is outside O*NET's 1-5 importance scale (IM)")
                }
                result[occupation, default: [:]][id, default: SkillRating()].importance = importance
            case "LV":
                let irrelevant = try table.text(row, notRelevant, "Not Relevant").uppercased() == "Y"
                let level = irrelevant ? 0 : try table.number(row, value, "Data Value")
                guard (0...7).contains(level) else {
                    throw InputError(
                        file: table.file, line: row.line, field: "Data Value",
                        message: "\(level) is outside O*NET's 0-7 level scale (LV)")
                }
                result[occupation, default: [:]][id, default: SkillRating()].level = level
            default:
                continue
            }
        }
        return result
    }

    /// Technology examples by occupation, hot technologies first, each in file order.
    static func technologies(_ table: ONetTable) throws(InputError) -> [String: [String]] {
        let code = try table.column(codeColumn), example = try table.column("Example")
        let hot = try table.column("Hot Technology")
        var hotOnes: [String: [String]] = [:], others: [String: [String]] = [:]
        for row in table.rows {
            let occupation = try checkedCode(table, row, code)
            let name = try table.text(row, example, "Example")
            if try table.text(row, hot, "Hot Technology").uppercased() == "Y" {
                hotOnes[occupation, default: []].append(name)
            } else {
                others[occupation, default: []].append(name)
            }
        }
        return hotOnes.merging(others) { $0 + $1 }
    }

    static func alternateTitles(_ table: ONetTable) throws(InputError) -> [String: [String]] {
        let code = try table.column(codeColumn), title = try table.column("Alternate Title")
        var result: [String: [String]] = [:]
        for row in table.rows {
            result[try checkedCode(table, row, code), default: []].append(try table.text(row, title, "Alternate Title"))
        }
        return result
    }

    /// The release named on the first line of `Read Me.txt` ("O*NET 29.2 Database" -> "29.2").
    static func release(readMe path: String) -> String? {
        guard let text = try? InputFile.text(at: path, what: "read-me"),
            let first = text.split(whereSeparator: \.isNewline).first
        else { return nil }
        let words = first.split(separator: " ")
        guard words.count >= 3, words[0] == "O*NET", words[2] == "Database",
            words[1].allSatisfy({ $0.isNumber || $0 == "." })
        else { return nil }
        return String(words[1])
    }

    /// The O*NET-SOC code in `row`, checked to look like `15-1254.00`.
    static func checkedCode(_ table: ONetTable, _ row: ONetTable.Row, _ column: Int) throws(InputError) -> String {
        let code = try table.text(row, column, codeColumn)
        let pattern =
            code.utf8.count == 10
            && code.enumerated().allSatisfy { index, character in
                index == 2 ? character == "-" : index == 7 ? character == "." : character.isASCII && character.isNumber
            }
        guard pattern else {
            throw InputError(
                file: table.file, line: row.line, field: codeColumn,
                message: "'\(code.prefix(20))' is not an O*NET-SOC code such as 15-1254.00")
        }
        return code
    }
}

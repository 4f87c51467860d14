import CareerModel
import Foundation
import Testing

@testable import Questionnaire

@Suite("The question list: one order, one set of ids, for the sheet, the CSV and the JSON")
struct QuestionListTests {
    static func list(_ form: InterestForm, language: String = "en") throws -> QuestionList {
        try QuestionList(
            instrument: Instrument.load(form),
            selfRating: SelfRatingSection.load(vocabulary: Catalog.starter().skills), language: language)
    }

    @Test("the O*NET items come first in their order, then one question per skill, then the plans")
    func order() throws {
        for form in InterestForm.allCases {
            let list = try Self.list(form)
            let items = list.instrument.items
            let skills = list.selfRating.skills
            #expect(list.questions.count == items.count + skills.count + 1)
            #expect(list.questions.map(\.number) == Array(1...list.questions.count))
            #expect(list.questions.prefix(items.count).map(\.id) == items.map(\.id))
            #expect(list.questions.prefix(items.count).map(\.text) == items.map(\.text))
            #expect(list.questions.dropFirst(items.count).prefix(skills.count).map(\.id) == skills.map(\.id))
            #expect(list.questions.last?.id == "education-plans")
            #expect(Set(list.questions.map(\.id)).count == list.questions.count, "ids repeat")
        }
    }

    @Test("only O*NET items carry an area; only self-ratings carry a skill")
    func sections() throws {
        let list = try Self.list(.mini)
        for question in list.questions {
            #expect((question.area != nil) == (question.section == .interests), "\(question.id)")
            #expect((question.skill != nil) == (question.section == .skills), "\(question.id)")
        }
        #expect(list.questions.first?.answers.map(\.value) == ["0", "1", "2", "3", "4"])
        #expect(list.questions.first { $0.section == .skills }?.answers.map(\.value) == ["1", "2", "3", "4", "5"])
    }

    @Test("our own wording follows the language; O*NET's items stay as published")
    func language() throws {
        let spanish = try Self.list(.short, language: "es")
        #expect(spanish.questions.first?.text == "Build kitchen cabinets")
        #expect(spanish.questions.first { $0.id == "skill-data-analysis" }?.text == "Análisis de datos")
        #expect(spanish.questions.last?.text.hasPrefix("¿") == true)
    }

    @Test("the CSV has a header and one row per question in order; quoted fields survive a round trip")
    func csv() throws {
        let list = try Self.list(.short)
        let csv = list.csv()
        #expect(csv.hasSuffix("\r\n"))
        let rows = Self.parseCSV(csv)
        #expect(rows.first == QuestionList.csvColumns)
        #expect(rows.count == list.questions.count + 1)
        for (row, question) in zip(rows.dropFirst(), list.questions) {
            #expect(row.count == QuestionList.csvColumns.count)
            #expect(row[0] == String(question.number) && row[1] == question.id && row[3] == question.text)
        }
        let stamp = try #require(rows.first { $0[1] == "ipsf-60" })
        #expect(stamp[3] == "Stamp, sort, and distribute mail for an organization")
        #expect(stamp[5] == "Strongly Dislike;Dislike;Unsure;Like;Strongly Like")
        #expect(stamp[7] == "C")
        #expect(stamp[9] == list.instrument.source.credit)
        #expect(rows.last?[6] == "high_school;certificate;associate;bachelor;master;doctorate")
    }

    @Test("the JSON holds the source with its full attribution and the questions in order, byte for byte stable")
    func json() throws {
        let list = try Self.list(.mini)
        let bytes = list.json()
        #expect(bytes == list.json())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["form"] as? String == "mini")
        #expect(object["interest_scale"] as? String == "ip30")
        let source = try #require(object["source"] as? [String: Any])
        #expect(source["attribution"] as? String == list.instrument.source.attribution)
        #expect(source["licence"] as? String == "CC BY-ND 4.0")
        let questions = try #require(object["questions"] as? [[String: Any]])
        #expect(questions.compactMap { $0["id"] as? String } == list.questions.map(\.id))
        #expect(questions.first?["area"] as? String == "R")
    }

    /// A small RFC 4180 reader, enough to check what ``QuestionList/csv()`` writes.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field)
                field = ""
            } else if character == "\r\n" || character == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(character)
            }
        }
        return rows
    }
}

import CareerInput
import CareerModel
import Testing

@testable import Questionnaire

@Suite("Scoring a form's answers")
struct AnswerScoringTests {
    static let short = try! Instrument.load(.short)
    static let mini = try! Instrument.load(.mini)

    func columns(_ headings: [String]) -> [ResponseColumn] {
        headings.enumerated().map { ResponseColumn(heading: $1, number: $0 + 1) }
    }

    @Test(
        "columns match by id, by text whatever the case, spacing and punctuation, and by a grid's row; never by position"
    )
    func matching() throws {
        let matching = ColumnMatching(
            columns: columns([
                "Favourite colour", "ipsf-02", "  BUILD kitchen   cabinets. ", "Activities [Develop a new medicine]",
                "ipsf-02 Lay brick or tile", "How would you like it?.Study ways to reduce water pollution",
            ]), instruments: [Self.short, Self.mini], section: nil)
        #expect(matching.instrument.form == .short)
        #expect(
            matching.matches.map(\.target) == [.item("ipsf-02"), .item("ipsf-01"), .item("ipsf-03"), .item("ipsf-04")])
        #expect(matching.unmatched.map(\.letter) == ["A"])
        #expect(matching.duplicates.map(\.column.letter) == ["E"])
        #expect(matching.duplicates.first?.first.letter == "B")
    }

    @Test("the Mini-IP is chosen when its ids head the columns, the Short Form when it explains more")
    func formChoice() {
        let miniIDs = Self.mini.items.map(\.id)
        #expect(
            ColumnMatching(columns: columns(miniIDs), instruments: [Self.short, Self.mini], section: nil)
                .instrument.form == .mini)
        let shortTexts = Self.short.items.map(\.text)
        #expect(
            ColumnMatching(columns: columns(shortTexts), instruments: [Self.short, Self.mini], section: nil)
                .instrument.form == .short)
    }

    @Test("answers by English or Spanish label; numbers only with an explicit numbering")
    func answers() throws {
        let labels = AnswerReading(scale: Self.short.answerScale, numbers: nil)
        #expect(try labels.interestScore("strongly like").get() == 4)
        #expect(try labels.interestScore("Me gusta mucho").get() == 4)
        #expect(try labels.interestScore("No estoy seguro").get() == 2)
        #expect(try labels.interestScore(" Dislike ").get() == 1)
        if case .failure(let problem) = labels.interestScore("3") {
            #expect(problem.reason.contains("--numbers 0-4"))
        } else {
            Issue.record("a bare number was read without a numbering")
        }
        #expect(throws: AnswerProblem.self) { try labels.interestScore("J'aime").get() }
        let oneToFive = AnswerReading(scale: Self.short.answerScale, numbers: .oneToFive)
        #expect(try oneToFive.interestScore("1").get() == 0)
        #expect(try oneToFive.interestScore("5").get() == 4)
        #expect(throws: AnswerProblem.self) { try oneToFive.interestScore("0").get() }
    }

    @Test("area sums: 0-4 per item; one missing answer in an area prorated half up; two make the student incomplete")
    func scoring() {
        // Every R item Like (3), every other item Dislike (1): R = 30, the others 10.
        var answers = Dictionary(uniqueKeysWithValues: Self.short.items.map { ($0.id, $0.area == .realistic ? 3 : 1) })
        var scoring = InterestScoring(answers: answers, instrument: Self.short)
        #expect(scoring.scores?.values == [30, 10, 10, 10, 10, 10])
        // One I item missing: 9 answers summing 9, times 10/9 = 10.
        let investigative = Self.short.items(in: .investigative).map(\.id)
        answers[investigative[0]] = nil
        answers[investigative[1]] = 2
        scoring = InterestScoring(answers: answers, instrument: Self.short)
        // 8 x 1 + 2 = 10 over 9 answers: 10 x 10 / 9 = 11.1, rounded to 11.
        #expect(scoring.scores?[.investigative] == 11)
        #expect(scoring.prorated == [.investigative])
        answers[investigative[2]] = nil
        scoring = InterestScoring(answers: answers, instrument: Self.short)
        #expect(scoring.scores == nil)
        #expect(scoring.incompleteReason?.contains("2 in Investigative") == true)
    }

    @Test("the mini form sums onto ip30, each area 0-20")
    func miniScale() {
        let answers = Dictionary(uniqueKeysWithValues: Self.mini.items.map { ($0.id, 4) })
        let scoring = InterestScoring(answers: answers, instrument: Self.mini)
        #expect(scoring.scores?.values == [20, 20, 20, 20, 20, 20])
        #expect(Self.mini.interestScale == .ip30)
    }

    func flags(_ values: [Int], seconds: Double? = nil) -> [QualityFlag] {
        let answers = Dictionary(uniqueKeysWithValues: zip(Self.short.items.map(\.id), values))
        return QualityFlag.flags(for: InterestScoring(answers: answers, instrument: Self.short), seconds: seconds)
    }

    @Test("quality flags: all the same, a long run, flat, all low, all high, mostly unsure, too fast")
    func qualityFlags() {
        #expect(flags(Array(repeating: 3, count: 60)) == [.allSame])
        // Areas cycle R I A S E C through the items in pairs; R and I Like, the rest Dislike, with
        // 15 Dislikes in a row at the end.
        let varied = Self.short.items.map { [.realistic, .investigative].contains($0.area) ? 4 : 0 }
        #expect(flags(varied).isEmpty)
        var run = varied
        for index in 40..<56 { run[index] = 1 }
        #expect(flags(run).contains(.longRun))
        let flat = Self.short.items.enumerated().map { $0.offset % 2 == 0 ? 1 : 2 }
        #expect(flags(flat).contains(.flat))
        #expect(flags(Self.short.items.enumerated().map { $0.offset % 3 == 0 ? 1 : 0 }).contains(.allLow))
        #expect(flags(Self.short.items.enumerated().map { $0.offset % 3 == 0 ? 3 : 4 }).contains(.allHigh))
        let unsure = Self.short.items.enumerated().map { $0.offset % 2 == 0 ? 2 : ($0.element.area == .social ? 4 : 0) }
        #expect(flags(unsure).contains(.mostlyUnsure))
        #expect(flags(varied, seconds: 119).contains(.tooFast))
        #expect(!flags(varied, seconds: 120).contains(.tooFast))
        #expect(QualityFlag.allSame.blocksMatching && !QualityFlag.tooFast.blocksMatching)
        for flag in QualityFlag.allCases {
            #expect(flag.record.student["en"]?.isEmpty == false && flag.record.student["es"]?.isEmpty == false)
            #expect(flag.record.counselor["en"]?.isEmpty == false && flag.record.counselor["es"]?.isEmpty == false)
        }
    }

    @Test("a table: rows scored, a student twice and an unreadable answer named by row and column, the others kept")
    func table() throws {
        let items = Self.short.items
        let header = columns(["ipsf-01"] + items.dropFirst().map(\.text))
        func row(_ line: Int, id: String, first: String) -> ResponseRow {
            ResponseRow(
                line: line, respondent: Respondent(id: id),
                cells: [ResponseCell(text: first, line: line)]
                    + items.dropFirst().map {
                        ResponseCell(text: $0.area == .artistic ? "Like" : "Dislike", line: line)
                    })
        }
        let table = ResponseTable(
            file: "answers.csv", format: .wide, columns: header,
            rows: [row(2, id: "a", first: "Like"), row(3, id: "b", first: "Maybe"), row(4, id: "a", first: "Like")])
        let scoring = try FormScoring(table: table, section: nil, numbers: nil)
        #expect(scoring.students.map(\.respondent.id) == ["a"])
        #expect(scoring.students[0].scoring.scores?[.artistic] == 30)
        #expect(scoring.students[0].scoring.scores?[.realistic] == 12)
        #expect(
            scoring.problems.map(\.description).contains {
                $0.hasPrefix("answers.csv:3:1: error: column A (ipsf-01): 'Maybe'")
            })
        #expect(
            scoring.problems.map(\.description).contains {
                $0.hasPrefix("answers.csv:4: error: student a answered twice")
            })
    }
}

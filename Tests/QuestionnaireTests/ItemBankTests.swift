import CareerModel
import Testing

@testable import Questionnaire

@Suite("The O*NET Interest Profiler item banks")
struct ItemBankTests {
    @Test("each form has its item count, the same number per area, unique ids in the official order")
    func shape() throws {
        for (form, total, prefix) in [(InterestForm.short, 60, "ipsf"), (.mini, 30, "ipmini")] {
            let instrument = try Instrument.load(form)
            #expect(instrument.items.count == total)
            #expect(instrument.items.map(\.number) == Array(1...total))
            #expect(instrument.items.map(\.id) == (1...total).map { "\(prefix)-\($0 < 10 ? "0" : "")\($0)" })
            #expect(Set(instrument.items.map(\.text)).count == total, "an item text appears twice")
            for area in RIASEC.allCases {
                #expect(instrument.items(in: area).count == form.itemsPerArea, "\(form) \(area)")
            }
            #expect(instrument.interestScale == form.interestScale)
        }
    }

    @Test("the Short Form asks two items per area in turn, R R I I A A S S E E C C, five times over")
    func shortFormOrder() throws {
        let areas = try Instrument.load(.short).items.map(\.area)
        let cycle = RIASEC.allCases.flatMap { [$0, $0] }
        #expect(areas == Array(Array(repeating: cycle, count: 5).joined()))
    }

    @Test("the Mini-IP asks one item per area in turn, R I A S E C, five times over")
    func miniOrder() throws {
        let areas = try Instrument.load(.mini).items.map(\.area)
        #expect(areas == Array(Array(repeating: RIASEC.allCases, count: 5).joined()))
    }

    @Test("official texts and areas at fixed places (checked against the published copies)")
    func pinnedItems() throws {
        let short = try Instrument.load(.short)
        let expected: [(String, RIASEC, String)] = [
            ("ipsf-01", .realistic, "Build kitchen cabinets"),
            ("ipsf-03", .investigative, "Develop a new medicine"),
            ("ipsf-12", .conventional, "Proofread records or forms"),
            ("ipsf-14", .realistic, "Raise fish in a fish hatchery"),
            ("ipsf-43", .social, "Teach sign language to people who are deaf or hard of hearing"),
            ("ipsf-60", .conventional, "Stamp, sort, and distribute mail for an organization"),
        ]
        for (id, area, text) in expected {
            #expect(short.item(id)?.text == text)
            #expect(short.item(id)?.area == area)
        }
        let mini = try Instrument.load(.mini)
        #expect(mini.item("ipmini-02")?.text == "Develop a new medicine")
        #expect(mini.item("ipmini-28")?.text == "Teach a high-school class")
        #expect(mini.item("ipmini-30")?.text == "Stamp, sort, and distribute mail for an organization")
    }

    @Test("every Mini-IP item is a Short Form item of the same area with the same text")
    func miniIsSubsetOfShortForm() throws {
        let short = try Instrument.load(.short)
        for item in try Instrument.load(.mini).items {
            let twin = try #require(item.shortFormItem.flatMap(short.item), "\(item.id) has no Short Form twin")
            #expect(twin.text == item.text)
            #expect(twin.area == item.area)
        }
    }

    @Test("item texts are plain: no leading or trailing space, no final full stop")
    func plainTexts() throws {
        for form in InterestForm.allCases {
            for item in try Instrument.load(form).items {
                #expect(item.text == item.text.trimmingCharacters(in: .whitespaces), "\(item.id)")
                #expect(!item.text.hasSuffix("."), "\(item.id)")
            }
        }
    }

    @Test("five answers, Strongly Dislike 0 to Strongly Like 4, found by label in any case")
    func answers() throws {
        for form in InterestForm.allCases {
            let scale = try Instrument.load(form).answerScale
            #expect(scale.answers.map(\.label) == ["Strongly Dislike", "Dislike", "Unsure", "Like", "Strongly Like"])
            #expect(scale.answers.map(\.value) == [0, 1, 2, 3, 4])
            #expect(scale.range == 0...4)
            #expect(scale.answer(labelled: " strongly like ")?.value == 4)
            #expect(scale.answer(labelled: "Love") == nil)
            #expect(scale.answer(2)?.label == "Unsure")
        }
    }

    @Test("each form carries its source: name, version, publisher, URL, licence and the attribution")
    func source() throws {
        for form in InterestForm.allCases {
            let source = try Instrument.load(form).source
            #expect(source.name.hasPrefix("O*NET"))
            #expect(source.licence == "CC BY-ND 4.0")
            #expect(source.licenceURL == "https://creativecommons.org/licenses/by-nd/4.0/")
            #expect(source.url == "https://www.onetcenter.org/IP.html")
            #expect(source.attribution.contains(source.name))
            #expect(source.attribution.contains("USDOL/ETA"))
            #expect(source.attribution.contains("CC BY-ND 4.0"))
            #expect(!source.version.isEmpty && !source.publisher.isEmpty)
        }
    }

    @Test("only English is offered: Spanish gets an error that says why, not English in disguise")
    func languages() throws {
        #expect(try Instrument.load(.short, language: "en-US").language == "en")
        #expect(throws: QuestionnaireError.languageNotVerified(form: .mini, language: "es")) {
            try Instrument.load(.mini, language: "es")
        }
        let message = QuestionnaireError.languageNotVerified(form: .short, language: "es").description
        #expect(message.contains("English only"))
        #expect(message.contains("docs/questionnaire.md"))
    }
}

import CareerModel
import Testing

@testable import Questionnaire

/// The items as the published copies group them, each area's ten in their own order
/// (docs/questionnaire.md, "How the item texts were verified"): an independent statement of the
/// texts, the areas and the order that the data files must match exactly.
@Suite("The item banks match the published item lists")
struct PublishedItemsTests {
    static let byArea: [(RIASEC, [String])] = [
        (
            .realistic,
            [
                "Build kitchen cabinets", "Lay brick or tile", "Repair household appliances",
                "Raise fish in a fish hatchery", "Assemble electronic parts",
                "Drive a truck to deliver packages to offices and homes", "Test the quality of parts before shipment",
                "Repair and install locks", "Set up and operate machines to make products", "Put out forest fires",
            ]
        ),
        (
            .investigative,
            [
                "Develop a new medicine", "Study ways to reduce water pollution", "Conduct chemical experiments",
                "Study the movement of planets", "Examine blood samples using a microscope",
                "Investigate the cause of a fire", "Develop a way to better predict the weather",
                "Work in a biology lab",
                "Invent a replacement for sugar", "Do laboratory tests to identify diseases",
            ]
        ),
        (
            .artistic,
            [
                "Write books or plays", "Play a musical instrument", "Compose or arrange music", "Draw pictures",
                "Create special effects for movies", "Paint sets for plays",
                "Write scripts for movies or television shows", "Perform jazz or tap dance", "Sing in a band",
                "Edit movies",
            ]
        ),
        (
            .social,
            [
                "Teach an individual an exercise routine", "Help people with personal or emotional problems",
                "Give career guidance to people", "Perform rehabilitation therapy",
                "Do volunteer work at a non-profit organization", "Teach children how to play sports",
                "Teach sign language to people who are deaf or hard of hearing", "Help conduct a group therapy session",
                "Take care of children at a day-care center", "Teach a high-school class",
            ]
        ),
        (
            .enterprising,
            [
                "Buy and sell stocks and bonds", "Manage a retail store", "Operate a beauty salon or barber shop",
                "Manage a department within a large company", "Start your own business",
                "Negotiate business contracts", "Represent a client in a lawsuit", "Market a new line of clothing",
                "Sell merchandise at a department store", "Manage a clothing store",
            ]
        ),
        (
            .conventional,
            [
                "Develop a spreadsheet using computer software", "Proofread records or forms",
                "Install software across computers on a large network", "Operate a calculator",
                "Keep shipping and receiving records", "Calculate the wages of employees",
                "Inventory supplies using a hand-held computer", "Record rent payments", "Keep inventory records",
                "Stamp, sort, and distribute mail for an organization",
            ]
        ),
    ]

    /// The Mini-IP's items, as places in each area's list above, in the Mini-IP's order (R I A S E C, five rounds).
    static let miniPlaces = [
        [0, 0, 0, 1, 3, 2], [2, 1, 2, 2, 4, 3], [4, 2, 4, 3, 5, 4], [5, 4, 5, 4, 7, 6], [6, 6, 6, 9, 8, 9],
    ]

    @Test("the Short Form is each area's list taken two at a time, R R I I A A S S E E C C, five rounds")
    func shortForm() throws {
        var expected: [(RIASEC, String)] = []
        for round in 0..<5 {
            for (area, texts) in Self.byArea { expected += [(area, texts[2 * round]), (area, texts[2 * round + 1])] }
        }
        let items = try Instrument.load(.short).items
        #expect(items.map(\.text) == expected.map(\.1))
        #expect(items.map(\.area) == expected.map(\.0))
    }

    @Test("the Mini-IP is the published 30, one per area in turn")
    func mini() throws {
        var expected: [(RIASEC, String)] = []
        for round in Self.miniPlaces {
            for ((area, texts), place) in zip(Self.byArea, round) { expected.append((area, texts[place])) }
        }
        let items = try Instrument.load(.mini).items
        #expect(items.map(\.text) == expected.map(\.1))
        #expect(items.map(\.area) == expected.map(\.0))
    }
}

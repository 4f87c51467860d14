import Foundation
import ReportDocument
import ReportTemplates
import Testing

@Suite("A template using every element")
struct EveryElementTests {
    static let data: ReportValue = .r([
        "student": .r(["name": .r(["full": "Ana Ruiz", "given": "Ana"])]),
        "school": "Lincoln High",
        "generated": "2026-11-29",
        "answered": 0.78,
        "score": 42.25,
        "counselor": .r(["name": "Mr. Lee", "email": "mailto:lee@example.org"]),
        "careers": [
            .r(["title": "Nurse", "fit": 0.91, "pay": 81220.4]),
            .r(["title": "Teacher", "fit": 0.785, "pay": 61690]),
        ],
        "interests": [
            .r(["name": "Social", "score": 88, "top": true]),
            .r(["name": "Realistic", "score": 31.5, "top": false]),
        ],
    ])

    @Test func bindsToTheExpectedDocument() throws {
        let template = try ReportTemplate.load(contentsOf: TestFiles.fixture("every-element.xml"), schema: sharedSchema)
        #expect(template.warnings.isEmpty)
        let document = try template.bind(Self.data, theme: .standard)

        #expect(
            document.metadata
                == DocumentMetadata(
                    title: "Career report for Ana Ruiz", subject: "Your top careers", author: "Lincoln High",
                    language: "en", pageSize: .letter, preheader: "Prepared 29 November 2026"))
        #expect(document.header == PageDecoration(left: [.text("Lincoln High")], center: [.text("Confidential")]))
        #expect(
            document.footer
                == PageDecoration(
                    left: [.text("Ana Ruiz")], right: [.text("Page "), .pageNumber, .text(" of "), .pageCount]))
        #expect(document.theme == .standard)

        let intro = Block.section(
            Section(
                id: "intro",
                blocks: [
                    .heading(Heading(level: 1, content: [.text("Hello, Ana!")], id: "top")),
                    .paragraph(
                        Paragraph(
                            role: .lead,
                            content: [
                                .text("You answered 78% of the questions, scoring "), .strong([.text("42.3")]),
                                .text(" "),
                                .emphasis([.text("points")]), .text("."),
                            ])),
                    paragraph(
                        .text("See "), .link(target: "#careers", content: [.text("your careers")]), .text(", "),
                        .link(target: "https://www.onetonline.org", content: [.text("O*NET")]), .text(" or "),
                        .link(target: "mailto:lee@example.org", content: [.text("your counselor")]),
                        .text(". {{not a tag}}")),
                ], keepTogether: true))

        let careers = Block.section(
            Section(
                id: "careers",
                blocks: [
                    .heading(Heading(level: 2, content: [.text("Careers")])),
                    .list(
                        ListBlock(
                            style: .numbered,
                            items: [
                                [paragraph(.text("Nurse (91%)"))], [paragraph(.text("Teacher (79%)"))],
                                [paragraph(.text("Something else"))],
                            ])),
                    .list(ListBlock(style: .bullet, items: [[paragraph(.text("Bullet"))]])),
                    .table(
                        Table(
                            columns: [
                                TableColumn(width: 2, alignment: .leading), TableColumn(width: 1, alignment: .center),
                                TableColumn(width: 1.5, alignment: .trailing),
                            ],
                            header: [[.text("Career")], [.text("Fit")], [.text("Pay")]],
                            rows: [
                                [[.text("Nurse")], [.text("91%")], [.text("$81220")]],
                                [[.text("Teacher")], [.text("79%")], [.text("$61690")]],
                            ],
                            caption: "Career facts")),
                    .barChart(
                        BarChart(
                            title: "Interests", maximum: 100,
                            bars: [
                                Bar(label: "Social", value: 88, valueText: "88 points", highlighted: true),
                                Bar(label: "Realistic", value: 31.5, valueText: "31.5 points", highlighted: false),
                                Bar(label: "Overall", value: 42.25, valueText: "42.25"),
                            ])),
                    .callout(
                        Callout(
                            tone: .tip,
                            blocks: [
                                .paragraph(Paragraph(role: .note, content: [.text("Talk to Mr. Lee.")]))
                            ])),
                    .callout(Callout(tone: .info, blocks: [.heading(Heading(level: 3, content: [.text("Info")]))])),
                    .spacer(12),
                    .rule,
                    .pageBreak,
                ]))

        #expect(document.blocks.count == 2)
        #expect(document.blocks.first == intro)
        #expect(document.blocks.last == careers)
    }
}

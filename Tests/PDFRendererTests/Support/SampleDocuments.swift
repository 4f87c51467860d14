import ReportDocument

/// Small documents the renderer tests share.
enum SampleDocuments {
    static let footer = PageDecoration(
        left: [.text("Career report for José Müller")], right: [.text("Page "), .pageNumber, .text(" of "), .pageCount])

    /// A one-page document with accented names.
    static var names: ReportDocument {
        ReportDocument(
            metadata: DocumentMetadata(title: "Career report: José Müller", subject: "Careers", author: "Lincoln High"),
            footer: footer,
            blocks: [
                .heading(Heading(level: 1, content: [.text("José Müller")])),
                .paragraph(Paragraph(content: [.text("Reviewed with "), .strong([.text("Zoë Ñúñez")]), .text(".")])),
            ])
    }

    /// Names in Latin, Polish, Vietnamese, Danish and Chinese, in every face.
    static var worldNames: ReportDocument {
        ReportDocument(
            metadata: DocumentMetadata(title: "Names", subject: "Names", author: "Lincoln High"),
            footer: footer,
            blocks: [
                .heading(Heading(level: 1, content: [.text("Students: 王小明 and friends")])),
                .paragraph(
                    Paragraph(content: [
                        .text("José Müller, Zoë, Łukasz Wróbel, Nguyễn Thị Ánh, Ørsted, 王小明 (明 行 需)")
                    ])),
                .paragraph(
                    Paragraph(content: [
                        .strong([.text("Bold: Nguyễn Trần, Łukasz, 王小明. ")]),
                        .emphasis([.text("Italic: Ørsted, Zoë, "), .strong([.text("bold italic: Tomáš Dvořák")])]),
                    ])),
            ])
    }

    /// A table whose middle row holds more text than fits on one page.
    static var tallRow: ReportDocument {
        let long = String(
            repeating: "Counselors use this row to test that a very long cell continues on the next page. ", count: 70)
        let rows: [[[Inline]]] = [
            [[.text("First")], [.text("short")]], [[.text("Tall")], [.text(long)]],
            [[.text("Last")], [.text("short")]],
        ]
        let table = Table(
            columns: [TableColumn(width: 1), TableColumn(width: 4)], header: [[.text("Name")], [.text("Notes")]],
            rows: rows)
        return ReportDocument(
            metadata: DocumentMetadata(title: "Tall row"), footer: footer,
            blocks: [.heading(Heading(level: 1, content: [.text("Notes")])), .table(table)])
    }

    /// Long paragraphs and a 60-row table: several pages.
    static var long: ReportDocument {
        let paragraph = Block.paragraph(
            Paragraph(content: [
                .text(
                    String(repeating: "Careers in data and design reward curiosity, patience and practice. ", count: 12)
                )
            ]))
        let rows: [[[Inline]]] = (1...60).map { row in
            [
                [.text("Occupation \(row)")], [.text("\(40 + row % 50)%")],
                [.text("Bachelor's degree or equivalent work")],
            ]
        }
        let table = Table(
            columns: [TableColumn(width: 3), TableColumn(width: 1, alignment: .trailing), TableColumn(width: 3)],
            header: [[.text("Career")], [.text("Fit")], [.text("Preparation")]], rows: rows)
        return ReportDocument(
            metadata: DocumentMetadata(title: "Long report"),
            footer: footer,
            blocks: [
                .heading(Heading(level: 1, content: [.text("Your careers")])), paragraph, paragraph,
                .table(table), paragraph,
            ])
    }

    /// Every kind of block, as a counselor would see it.
    static var full: ReportDocument {
        let interests: [Bar] = [
            Bar(label: "Investigative", value: 34, valueText: "34 / 40", highlighted: true),
            Bar(label: "Artistic", value: 29, valueText: "29 / 40", highlighted: true),
            Bar(label: "Enterprising", value: 22, valueText: "22 / 40", highlighted: true),
            Bar(label: "Social", value: 18, valueText: "18 / 40"),
            Bar(label: "Realistic", value: 12, valueText: "12 / 40"),
            Bar(label: "Conventional", value: 9, valueText: "9 / 40"),
        ]
        let careers: [[[Inline]]] = [
            ("Data Scientists", "15-2051.00", "92", "Bachelor's"),
            ("Web and Digital Interface Designers", "15-1255.00", "88", "Bachelor's"),
            ("Market Research Analysts and Marketing Specialists", "13-1161.00", "81", "Bachelor's"),
            ("Search Marketing Strategists", "13-1161.01", "77", "Bachelor's"),
            ("Graphic Designers", "27-1024.00", "74", "Bachelor's"),
        ].map { [[.strong([.text($0.0)])], [.text($0.1)], [.text($0.2)], [.text($0.3)]] }
        return ReportDocument(
            metadata: DocumentMetadata(
                title: "Career exploration report: José Müller", subject: "Career exploration",
                author: "Lincoln High School"),
            header: PageDecoration(left: [.text("Lincoln High School")], right: [.text("Career exploration report")]),
            footer: footer,
            blocks: [
                .section(
                    Section(
                        id: "summary",
                        blocks: [
                            .heading(Heading(level: 1, content: [.text("Career exploration report")])),
                            .paragraph(
                                Paragraph(
                                    role: .lead,
                                    content: [
                                        .text("José, your answers point to careers where you "),
                                        .strong([.text("investigate questions")]),
                                        .text(" and "), .emphasis([.text("create something new")]),
                                        .text(
                                            ". This report shows your interests, five careers that fit them and the next steps."
                                        ),
                                    ])),
                            .callout(
                                Callout(
                                    tone: .info,
                                    blocks: [
                                        .paragraph(
                                            Paragraph(content: [
                                                .strong([.text("Your Holland code is IAE. ")]),
                                                .text("Investigative first, then Artistic and Enterprising. See "),
                                                .link(target: "#careers", content: [.text("your careers")]),
                                                .text(" below."),
                                            ]))
                                    ])),
                        ])),
                .section(
                    Section(
                        id: "interests",
                        blocks: [
                            .heading(Heading(level: 2, content: [.text("Your interests")])),
                            .paragraph(
                                Paragraph(content: [
                                    .text("Scores from the 60-question interest profiler (0 to 40 per area).")
                                ])),
                            .barChart(BarChart(title: "Interest scores", maximum: 40, bars: interests)),
                        ], keepTogether: true)),
                .section(
                    Section(
                        id: "careers",
                        blocks: [
                            .heading(Heading(level: 2, content: [.text("Careers that fit you")])),
                            .table(
                                Table(
                                    columns: [
                                        TableColumn(width: 4), TableColumn(width: 1.6),
                                        TableColumn(width: 1, alignment: .trailing),
                                        TableColumn(width: 1.5, alignment: .center),
                                    ],
                                    header: [
                                        [.text("Career")], [.text("O*NET code")], [.text("Fit")], [.text("Education")],
                                    ],
                                    rows: careers)),
                            .heading(Heading(level: 3, content: [.text("Why these careers")])),
                            .list(
                                ListBlock(items: [
                                    [
                                        .paragraph(
                                            Paragraph(content: [
                                                .text("They use research and analysis, your strongest interest.")
                                            ]))
                                    ],
                                    [
                                        .paragraph(
                                            Paragraph(content: [
                                                .text("Most need a bachelor's degree; you plan to go to college.")
                                            ]))
                                    ],
                                    [
                                        .paragraph(
                                            Paragraph(content: [
                                                .text(
                                                    "Design work rewards the creativity you described in your profile, and the data careers are growing fast in your state."
                                                )
                                            ]))
                                    ],
                                ])),
                        ])),
                .section(
                    Section(
                        id: "next",
                        blocks: [
                            .heading(Heading(level: 2, content: [.text("Next steps")])),
                            .list(
                                ListBlock(
                                    style: .numbered,
                                    items: [
                                        [
                                            .paragraph(
                                                Paragraph(content: [
                                                    .text("Take a statistics or computer science class next year.")
                                                ]))
                                        ],
                                        [
                                            .paragraph(
                                                Paragraph(content: [
                                                    .text("Talk with Zoë Ñúñez, your counselor, about summer programs.")
                                                ]))
                                        ],
                                        [
                                            .paragraph(
                                                Paragraph(content: [
                                                    .text("Explore the careers at "),
                                                    .link(
                                                        target: "https://www.mynextmove.org",
                                                        content: [.text("mynextmove.org")]),
                                                    .text("."),
                                                ]))
                                        ],
                                    ])),
                            .callout(
                                Callout(
                                    tone: .tip,
                                    blocks: [
                                        .paragraph(
                                            Paragraph(content: [
                                                .strong([.text("Tip: ")]),
                                                .text("bring this report to your next counseling meeting."),
                                            ]))
                                    ])),
                            .rule,
                            .paragraph(
                                Paragraph(
                                    role: .note,
                                    content: [
                                        .text(
                                            "This report includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. It is for exploration, not screening or hiring."
                                        )
                                    ])),
                        ])),
            ])
    }
}

import ReportDocument

/// Small documents the tests render.
public enum Fixtures {
    /// A name built to break out of HTML if it were not escaped, with a right-to-left override.
    public static let hostileName = "<script>alert(\"x\")</script> & 'Zoë' \u{202E}"

    /// A realistic report: title band, lead paragraph, interest chart, careers table,
    /// lists, a callout, a note, and print-only furniture (footer, page break).
    public static func sampleReport(name: String = "José Müller", language: String = "en") -> ReportDocument {
        let interests: [(String, Double)] = [
            ("Realistic", 12), ("Investigative", 26), ("Artistic", 18),
            ("Social", 22), ("Enterprising", 9), ("Conventional", 14),
        ]
        let careers: [[String]] = [
            ["Data Scientist", "Strong", "Bachelor's degree", "$108,020"],
            ["Biomedical Engineer", "Strong", "Bachelor's degree", "$100,730"],
            ["Registered Nurse", "Good", "Associate's or bachelor's degree", "$86,070"],
            ["Environmental Science Technician", "Fair", "Associate's degree", "$50,660"],
        ]
        return ReportDocument(
            metadata: DocumentMetadata(
                title: "Career report for \(name)", subject: "Your career report", author: "Lincoln High School",
                language: language, preheader: "Your strongest interest is Investigative."),
            footer: PageDecoration(
                left: [.text("Lincoln High School")], right: [.text("Page "), .pageNumber, .text(" of "), .pageCount]),
            blocks: [
                .section(
                    Section(
                        id: "overview",
                        blocks: [
                            .heading(Heading(level: 1, content: [.text("Career report for \(name)")], id: "top")),
                            .paragraph(
                                Paragraph(
                                    role: .lead,
                                    content: [
                                        .text("Hello \(name)! Your answers point to work that involves "),
                                        .strong([.text("investigating")]), .text(" and "),
                                        .emphasis([.text("helping people")]),
                                        .text(
                                            ". This report shows your interests, careers that fit them, and what to do next."
                                        ),
                                    ])),
                        ])),
                .section(
                    Section(
                        id: "interests",
                        blocks: [
                            .heading(Heading(level: 2, content: [.text("Your interests")], id: "interests-heading")),
                            .barChart(
                                BarChart(
                                    title: "Interest scores (RIASEC)", maximum: 30,
                                    bars: interests.map {
                                        Bar(
                                            label: $0.0, value: $0.1, valueText: String(Int($0.1)),
                                            highlighted: $0.0 == "Investigative")
                                    })),
                            .paragraph(
                                Paragraph(content: [
                                    .text("Your Holland code is "), .strong([.text("ISC")]), .text(". Read more on "),
                                    .link(
                                        target: "https://www.onetonline.org/find/descriptor/browse/1.C",
                                        content: [.text("O*NET OnLine")]),
                                    .text("."),
                                ])),
                        ])),
                .pageBreak,
                .section(
                    Section(
                        id: "careers",
                        blocks: [
                            .heading(Heading(level: 2, content: [.text("Careers that fit")])),
                            .table(
                                Table(
                                    columns: [
                                        TableColumn(width: 3), TableColumn(width: 1.2, alignment: .center),
                                        TableColumn(width: 2.5), TableColumn(width: 1.3, alignment: .trailing),
                                    ],
                                    header: [
                                        [.text("Career")], [.text("Fit")], [.text("Education")], [.text("Median pay")],
                                    ],
                                    rows: careers.map { $0.map { [Inline.text($0)] } },
                                    caption: "Careers ranked by how well they fit your interests and skills")),
                            .heading(Heading(level: 3, content: [.text("Next steps")])),
                            .list(
                                ListBlock(
                                    style: .numbered,
                                    items: [
                                        [
                                            .paragraph(
                                                Paragraph(content: [
                                                    .text(
                                                        "Talk to your counselor about a science elective for next year."
                                                    )
                                                ]))
                                        ],
                                        [
                                            .paragraph(
                                                Paragraph(content: [
                                                    .text("Shadow someone at the county health lab for a day.")
                                                ]))
                                        ],
                                        [
                                            .paragraph(
                                                Paragraph(content: [
                                                    .text("Look at summer programs in data and biology.")
                                                ]))
                                        ],
                                    ])),
                            .list(
                                ListBlock(items: [
                                    [
                                        .paragraph(
                                            Paragraph(content: [.text("Skills to grow: statistics, writing, teamwork.")]
                                            ))
                                    ],
                                    [
                                        .paragraph(
                                            Paragraph(content: [
                                                .text("Questions? Write to "),
                                                .link(
                                                    target: "mailto:counselor@lincoln.example",
                                                    content: [.text("your counselor")]),
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
                                                .text(
                                                    "Interests change. Take the survey again next year and compare your results."
                                                ),
                                            ]))
                                    ])),
                            .spacer(6),
                            .rule,
                            .paragraph(
                                Paragraph(
                                    role: .note,
                                    content: [
                                        .text(
                                            "Career facts from O*NET 29.0 (U.S. Department of Labor). Pay is the national median; "
                                        ),
                                        .text("local pay varies. "),
                                        .link(target: "#top", content: [.text("Back to top")]),
                                    ])),
                        ])),
            ])
    }

    /// A document with a hostile name in every place text or an attribute can come from,
    /// unsafe links, and a theme whose colours and fonts try to inject CSS.
    public static func hostileReport() -> ReportDocument {
        var theme = Theme.standard
        theme.colors.accent = "red;position:absolute"
        theme.colors.heading = "#123\"><script>"
        theme.fonts.htmlStack = "Arial;position:fixed\" onload=\"alert(1)"
        return ReportDocument(
            metadata: DocumentMetadata(title: hostileName, language: "en\"><script>", preheader: hostileName),
            blocks: [
                .heading(Heading(level: 1, content: [.text("Report")])),
                .heading(Heading(level: 2, content: [.text(hostileName)], id: "\"><script>alert(1)</script>")),
                .section(
                    Section(
                        id: "x' onmouseover='alert(1)",
                        blocks: [
                            .paragraph(Paragraph(content: [.text(hostileName), .text(" then normal text")]))
                        ])),
                .table(
                    Table(
                        columns: [TableColumn()], header: [[.text(hostileName)]], rows: [[[.text(hostileName)]]],
                        caption: hostileName)),
                .barChart(
                    BarChart(
                        title: hostileName, maximum: 1,
                        bars: [Bar(label: hostileName, value: 0.5, valueText: hostileName)])),
                .paragraph(
                    Paragraph(content: [
                        .link(target: "javascript:alert(1)", content: [.text("js link")]),
                        .link(target: "JaVaScRiPt:alert(1)", content: [.text("mixed case js")]),
                        .link(target: "data:text/html;base64,PHNjcmlwdD4=", content: [.text("data link")]),
                        .link(target: " javascript:alert(1)", content: [.text("spaced js")]),
                        .link(target: "https://ok.example/\"onclick=\"x", content: [.text("quote link")]),
                    ])),
            ],
            theme: theme)
    }

    /// A document holding just `blocks`.
    public static func document(_ blocks: [Block], theme: Theme = .standard) -> ReportDocument {
        ReportDocument(metadata: DocumentMetadata(title: "Test"), blocks: blocks, theme: theme)
    }
}

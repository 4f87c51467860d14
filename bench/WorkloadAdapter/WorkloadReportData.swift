import ReportDocument

extension WorkloadReport {
    /// The report as data for `bench/workload-report.xml`.
    public func data(texts: WorkloadCatalog.Texts) -> ReportValue {
        .record([
            "title": .string(title),
            "subtitle": .string(subtitle),
            "footer": .string(footer),
            "sections": .record(texts.sections.mapValues(ReportValue.string)),
            "intro": .list(intro.map(ReportValue.string)),
            "chart": .list(
                top8.map {
                    .record(["title": .string($0.title), "score": .number($0.score), "text": .string($0.scoreText)])
                }),
            "table_header": .list(texts.table_header.map(ReportValue.string)),
            "top5": .list(
                top8.prefix(5).enumerated().map { rank, fit in
                    .record([
                        "rank": .string(String(rank + 1)), "title": .string(fit.title), "score": .string(fit.scoreText),
                        "missing": .string(
                            fit.missing.isEmpty ? texts.missing_none : fit.missing.joined(separator: ", ")),
                    ])
                }),
            "certifications": .list(certifications.map(ReportValue.string)),
            "faq": .list(faq.map { .record(["question": .string($0.question), "answer": .string($0.answer)]) }),
        ])
    }
}

import ReportDocument

extension StudentReportData {
    /// The shape of the data ``make(_:catalog:date:)`` builds: every path a student report
    /// template may use (docs/report-data.md explains each one).
    ///
    /// `template check`, `generate` and `batch` resolve every path of a template against it;
    /// a test checks that the data made for the sample students conforms to it exactly.
    public static let shape: ReportShape = .record([
        "report": .record(["date": .text, "generator": .text]),
        "student": .record([
            "id": .text,
            "name": .record(["given": .text, "family": .text, "call": .text, "full": .text]),
            "grade": .nullable(.number),
            "plans": .nullable(.record(["key": .text, "job_zone": .number])),
            "has_skills": .flag,
        ]),
        "interests": .record([
            "code": .text,
            "top": .list(letter),
            "shape": .text,
            "areas": .list(.record(["letter": .text, "score": .number, "percent": .number, "is_top": .flag])),
        ]),
        "questionnaire": .nullable(
            .record([
                "form": .text, "attribution": .text, "file": .text, "day": .nullable(.text), "answered": .number,
                "items": .number, "prorated": .list(.text), "has_prorated": .flag,
                "flags": .list(.record(["code": .text, "student": .text, "counselor": .text])), "has_flags": .flag,
            ])),
        "careers": .list(career),
        "balance": .record([
            "student_share": .nullable(.number),
            "leaning": .nullable(.text),
            "marketing_average": .nullable(.number),
            "hybrid_average": .nullable(.number),
            "it_average": .nullable(.number),
        ]),
        "skills": .record([
            "soft_needed": .list(.record(["name": .text, "is_strength": .flag])),
            "technical_gaps": .list(.record(["name": .text, "training": .nullable(training)])),
            "soft_strengths": .list(.text),
            "technical_strengths": .list(.text),
        ]),
        "answer": .record([
            "best_marketing": bestOfFamily, "best_it": bestOfFamily, "best_hybrid": bestOfFamily,
            "best_family": .text,
        ]),
        "method": .record(["interests_weight": .number, "skills_weight": .number, "education_weight": .number]),
        "catalog": .record(["attribution": .text, "size": .number]),
    ])

    /// One item of `careers`.
    private static let career: ReportShape = .record([
        "rank": .number,
        "title": .text,
        "code": .nullable(.text),
        "family": .text,
        "description": .text,
        "fit": .number,
        "band": .text,
        "interest_fit": .number,
        "r": .nullable(.number),
        "c": .number,
        "career_code": .text,
        "shared_areas": .list(letter),
        "skill_readiness": .nullable(.number),
        "education": .nullable(.text),
        "job_zone": .number,
        "technical_share": .nullable(.number),
        "leaning": .nullable(.text),
        "retakes_in_ten": .nullable(.number),
        "strengths": .list(.text),
        "gaps": .list(
            .record(["skill": .text, "needed": .number, "current": .number, "training": .nullable(training)])),
        "entry_roles": .list(.text),
        "training": .list(training),
        "onet_group": .text,
        "esco_group": .text,
    ])

    /// One interest area, by its RIASEC letter; the template names it in its own language.
    private static let letter: ReportShape = .record(["letter": .text])

    /// A course or certification.
    private static let training: ReportShape = .record(["name": .text, "provider": .text, "free": .flag])

    /// The best career of one family, or null when the catalog has none of that family.
    private static let bestOfFamily: ReportShape = .nullable(.record(["title": .text, "fit": .number, "band": .text]))
}

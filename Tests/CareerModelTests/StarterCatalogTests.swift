import Testing

@testable import CareerModel

@Suite("The built-in starter catalog")
struct StarterCatalogTests {
    let catalog: Catalog

    init() throws { catalog = try Catalog.starter() }

    @Test("holds marketing, IT and hybrid careers")
    func families() {
        for family in CareerFamily.allCases {
            #expect(catalog.careers.filter { $0.family == family }.count >= 3, "too few \(family) careers")
        }
    }

    @Test("holds at least 40 careers; every coded one carries O*NET's high points, in its code's order")
    func size() {
        #expect(catalog.careers.count >= 40)
        for career in catalog.careers where career.code != nil {
            let points = career.highPoints ?? []
            #expect(!points.isEmpty, "\(career.id)")
            #expect(points == Array(career.interests.hollandCode.prefix(points.count)), "\(career.id)")
        }
        let security = catalog.careers.first { $0.code == "15-1212.00" }
        #expect(security?.interests.values == [3.61, 5.43, 1.32, 2.03, 2.82, 6.16])
        #expect(security?.jobZone == 4)
    }

    @Test("every skill a career or a course names is in the vocabulary")
    func vocabularyIsClosed() {
        let keys = Set(catalog.skills.map(\.key))
        for career in catalog.careers {
            for requirement in career.skills {
                #expect(keys.contains(requirement.skill), "\(career.id): \(requirement.skill)")
            }
            for course in career.training {
                for skill in course.skills { #expect(keys.contains(skill), "\(career.id): \(skill)") }
            }
        }
    }

    @Test("figures are on O*NET's scales and ids are unique")
    func scales() {
        #expect(Set(catalog.careers.map(\.id)).count == catalog.careers.count)
        for career in catalog.careers {
            #expect((1...5).contains(career.jobZone), "\(career.id)")
            #expect(career.interests.values.allSatisfy { (1...7).contains($0) }, "\(career.id)")
            for requirement in career.skills {
                #expect((1...5).contains(requirement.importance) && (0...7).contains(requirement.level), "\(career.id)")
            }
        }
    }

    @Test("the vocabulary has technical and non-technical skills, including those the samples rate")
    func vocabulary() {
        #expect(catalog.skills.contains { $0.technical } && catalog.skills.contains { !$0.technical })
        for key in [
            "writing", "data_analysis", "html_css", "speaking", "spreadsheets", "seo", "programming", "javascript",
            "sql",
        ] {
            #expect(catalog.skill(key) != nil, "missing \(key)")
        }
    }

    @Test("Search Marketing Strategists carry O*NET's 29.2 figures and both classifications")
    func seoFigures() throws {
        let seo = try #require(catalog.careers.first { $0.code == "13-1161.01" })
        #expect(seo.jobZone == 4)
        #expect(seo.classification.esco.contains("2513"))
        #expect(catalog.attribution.contains("O*NET 29.2") && catalog.attribution.contains("CC BY 4.0"))
    }
}

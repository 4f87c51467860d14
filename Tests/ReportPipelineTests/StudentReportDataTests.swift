import Assessment
import CareerModel
import ReportDocument
import Testing

@testable import ReportPipeline

@Suite("Report data: what templates bind to")
struct StudentReportDataTests {
    let catalog: Catalog
    let data: ReportValue

    init() throws {
        catalog = try Catalog.starter()
        let jose = StudentProfile(
            id: "s-0001", name: StudentName(given: "José", family: "Müller"), grade: 11,
            interests: .scores(
                InterestScores([
                    .realistic: 6, .investigative: 26, .artistic: 30, .social: 20, .enterprising: 34, .conventional: 24,
                ]), scale: .ip60),
            skills: ["writing": 5, "data_analysis": 3, "html_css": 2], plans: .bachelor)
        data = StudentReportData.make(Assessor(catalog: catalog).assess(jose), catalog: catalog, date: "2026-11-29")
    }

    @Test("the student, their code and their six standardised scores")
    func student() {
        #expect(data.lookup("student.name.full") == .string("José Müller"))
        #expect(data.lookup("student.id") == .string("s-0001"))
        #expect(data.lookup("interests.code") == .string("EAI"))
        #expect(data.lookup("interests.areas.4.percent") == .number(85))  // E: 34 of 40
        #expect(data.lookup("interests.areas.4.is_top") == .bool(true))
        #expect(data.lookup("interests.areas.0.is_top") == .bool(false))
    }

    @Test("five careers, best first, each with its parts")
    func careers() throws {
        guard case .list(let careers) = data.lookup("careers") else { Issue.record("no careers"); return }
        #expect(careers.count == StudentReportData.careerCount)
        let fits = careers.compactMap { if case .number(let fit) = $0.lookup("fit") { fit } else { nil } }
        #expect(fits == fits.sorted(by: >))
        for career in careers {
            #expect(
                career.lookup("title") != nil && career.lookup("band") != nil && career.lookup("interest_fit") != nil)
        }
    }

    @Test("the answer names the best career of each family, and the weights are published")
    func answer() {
        for family in ["marketing", "it", "hybrid"] {
            #expect(data.lookup("answer.best_\(family).title") != nil)
        }
        #expect(data.lookup("method.interests_weight") == .number(0.5))
        #expect(data.lookup("balance.leaning") != nil)
        #expect(data.lookup("catalog.attribution") == .string(catalog.attribution))
    }
}

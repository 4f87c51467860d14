import Foundation
import ReportDocument
import ReportTemplates
import Testing

@Suite("Parse once, bind many times concurrently")
struct ConcurrencyTests {
    @Test func concurrentBindsAgree() async throws {
        let parsed = try ReportTemplate.load(contentsOf: TestFiles.fixture("every-element.xml"), schema: sharedSchema)
        let expected = try parsed.bind(EveryElementTests.data, theme: .standard)
        let results = try await withThrowingTaskGroup(of: ReportDocument.self) { group in
            for _ in 0..<32 {
                group.addTask { try parsed.bind(EveryElementTests.data, theme: .standard) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 32)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func concurrentParsesShareOneSchema() async throws {
        let bytes = try [UInt8](Data(contentsOf: TestFiles.fixture("several-errors.xml")))
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<16 {
                group.addTask {
                    do throws(TemplateError) {
                        _ = try ReportTemplate.parse(bytes, fileName: "several-errors.xml", schema: sharedSchema)
                        return 0
                    } catch {
                        return error.diagnostics.count
                    }
                }
            }
            return await group.reduce(into: Set<Int>()) { $0.insert($1) }
        }
        #expect(counts.count == 1)
        #expect(counts.first ?? 0 > 0)
    }
}

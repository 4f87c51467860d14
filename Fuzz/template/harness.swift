import Assessment
// libFuzzer harness: the template parser, XSD validator, checker and binder on arbitrary bytes.
import CareerInput
import CareerModel
import Foundation
import ReportDocument
import ReportPipeline
import ReportTemplates

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let schema = try! TemplateSchema(
    contentsOf: repository.appendingPathComponent("templates/schema/report.xsd"))
/// A real student's report data, so that valid templates are bound as in a run.
let studentData: ReportValue = {
    let catalog = try! Catalog.starter()
    let profile = try! ProfileReader(catalog: catalog).read(
        fileAt: repository.appendingPathComponent("samples/profiles/jose-creative.yaml").path
    ).profile
    return StudentReportData.make(Assessor(catalog: catalog).assess(profile), catalog: catalog, date: "2025-11-29")
}()

/// One input: the bytes as a template; a template that loads is bound to the sample student.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard
        let template = try? ReportTemplate.parse(
            bytes, fileName: "fuzz.xml", schema: schema, dataModels: ReportSetup.dataModels)
    else { return 0 }
    _ = try? template.bind(studentData, theme: .standard)
    return 0
}

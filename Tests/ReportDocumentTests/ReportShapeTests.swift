import ReportDocument
import Testing

@Suite("Report shapes: what report data must look like")
struct ReportShapeTests {
    let shape: ReportShape = .record([
        "name": .text,
        "grade": .nullable(.number),
        "careers": .list(.record(["title": .text, "free": .flag])),
    ])

    @Test("data with exactly the declared fields and kinds conforms; null fills a nullable field")
    func conforming() {
        let data: ReportValue = .record([
            "name": .string("Ana"), "grade": .null,
            "careers": .list([.record(["title": .string("Nurse"), "free": .bool(true)])]),
        ])
        #expect(shape.mismatches(in: data).isEmpty)
    }

    @Test("a wrong kind, a missing field and an undeclared field are each reported with their path")
    func mismatches() {
        let data: ReportValue = .record([
            "name": .number(3), "grade": .string("ten"),
            "careers": .list([.record(["title": .string("Nurse")]), .record(["title": .null, "free": .bool(false)])]),
            "extra": .bool(true),
        ])
        #expect(
            shape.mismatches(in: data) == [
                "careers.0.free: expected a yes/no value, but the field is missing",
                "careers.1.title: expected text, found null",
                "extra: the field is not declared in the shape",
                "grade: expected a number, found text",
                "name: expected text, found a number",
            ])
    }

    @Test("fields, list elements and descriptions see through nullable")
    func navigation() {
        let nullableList: ReportShape = .nullable(.list(.record(["a": .text])))
        #expect(nullableList.element == .record(["a": .text]))
        #expect(ReportShape.nullable(.record(["b": .number, "a": .text])).fieldNames == ["a", "b"])
        #expect(shape.field("grade") == .nullable(.number))
        #expect(shape.field("nope") == nil)
        #expect(nullableList.description == "a list of records or null")
        #expect(ReportShape.nullable(.number).isScalar && !shape.isScalar)
    }
}

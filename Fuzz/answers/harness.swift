// libFuzzer harness: a form's export read and scored (the CSV formats, and the same bytes as an
// XLSX: its zip and XML), then joined as a batch would.
import Batch
import CareerInput
import CareerModel
import Foundation
import Questionnaire

let catalog = try! Catalog.starter()
let section = try! SelfRatingSection.load(vocabulary: catalog.skills)
let base = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-answers-\(getpid())").path
/// Removes the scratch files when libFuzzer exits; evaluated on the first input.
let removeAtExit: Void = {
    atexit {
        unlink(base + ".csv"); unlink(base + ".xlsx")
    }
}()

/// One input: the bytes as a CSV export and as a workbook, read and scored; every outcome but a
/// crash is fine.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    removeAtExit
    let bytes = Data(bytes: data, count: size)
    for path in [base + ".csv", base + ".xlsx"] {
        FileManager.default.createFile(atPath: path, contents: bytes)
        guard let table = try? ResponseFile.read(path: path) else { continue }
        for numbers in [nil, AnswerNumbers.zeroToFour] {
            if let scoring = try? FormScoring(table: table, section: section, numbers: numbers) {
                _ = ScoreListing.text(scoring)
                _ = try? ScoreListing.json([scoring])
            }
        }
    }
    if let source = try? ResponsesSource(path: base + ".csv", catalog: catalog, numbers: nil) {
        _ = try? source.entries()
    }
    return 0
}

// libFuzzer harness: the roster CSV reader (encoding detection, CSV records, rows to profiles).
import Batch
import CareerInput
import CareerModel
import Foundation

let catalog = try! Catalog.starter()
let path = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-roster-\(getpid()).csv").path
/// Removes the scratch file when libFuzzer exits; evaluated on the first input.
let removeAtExit: Void = { atexit { unlink(path) } }()

/// One input: the bytes as a roster file, read to the end; every outcome but a crash is fine.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    removeAtExit
    FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: size))
    guard let roster = try? RosterFile(path: path, catalog: catalog, defaultScale: .ip60) else { return 0 }
    _ = try? roster.count(in: Shard(index: 1, count: 1))
    if let entries = try? roster.entries() {
        for _ in entries {}
    }
    return 0
}

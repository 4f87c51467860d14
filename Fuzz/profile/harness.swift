// libFuzzer harness: the profile reader (YAML and JSON) on arbitrary bytes.
import CareerInput
import CareerModel

// The reader checks skill keys against the catalog's vocabulary; the built-in catalog is read once.
let reader = ProfileReader(catalog: try! Catalog.starter())

/// One input: the bytes as a profile file's text; every outcome but a crash is fine.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? reader.read(text: text, file: "fuzz.yaml")
    return 0
}

import Foundation
import Testing

/// The C shim reaches into libharu 2.3.0's private structures (Sources/CHaru/libharu_internals.h),
/// so the build must stop on any other libharu instead of writing into the wrong memory.
@Suite("The libharu shim and the libharu version")
struct LibharuVersionTests {
    static let shim = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/CHaru/shim.h").path
    static let versionHeader = "/usr/include/hpdf_version.h"

    /// Compiles the shim with `hpdf_version.h` replaced by `header` (found first on the include path).
    func compileShim(versionHeader header: String) throws -> Int32? {
        let scratch = try ScratchDirectory()
        _ = try scratch.write(Array(header.utf8), to: "hpdf_version.h")
        return try ExternalTool.run("clang", ["-fsyntax-only", "-x", "c", "-I", scratch.url.path, Self.shim])?.status
    }

    @Test(
        "the shim compiles with libharu 2.3.0's version header and fails with 2.4.0's",
        .enabled(if: ExternalTool.path("clang") != nil && FileManager.default.fileExists(atPath: versionHeader)))
    func refusesAnotherVersion() throws {
        let real = try String(contentsOfFile: Self.versionHeader, encoding: .utf8)
        #expect(real.contains("#define HPDF_MINOR_VERSION 3"))
        #expect(try compileShim(versionHeader: real) == 0)
        let newer = real.replacingOccurrences(of: "#define HPDF_MINOR_VERSION 3", with: "#define HPDF_MINOR_VERSION 4")
        #expect(try compileShim(versionHeader: newer) != 0)
    }
}

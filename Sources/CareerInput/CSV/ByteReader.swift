import Foundation

/// Reads a file's bytes one at a time through a fixed-size buffer, so a file of any size is read
/// in bounded memory; keeps a fingerprint (FNV-1a, 64 bits) of everything read.
public struct ByteReader: IteratorProtocol {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var index = 0
    private var finished = false
    /// FNV-1a hash of the bytes read so far.
    public private(set) var fingerprint: UInt64 = 0xcbf2_9ce4_8422_2325
    /// Why reading stopped early, if it did.
    public private(set) var failure: String?

    static let chunkSize = 1 << 16

    /// Opens `path` for reading; throws a message naming what is wrong.
    public init(path: String) throws(InputError) {
        handle = try InputFile.open(path, what: "CSV")
    }

    /// The next byte, or `nil` at the end of the file (or when reading failed: see ``failure``).
    public mutating func next() -> UInt8? {
        if index == buffer.count {
            guard !finished else { return nil }
            do {
                buffer = Array(try handle.read(upToCount: Self.chunkSize) ?? Data())
            } catch {
                failure = "the file can't be read (\(error.localizedDescription))"
                buffer = []
            }
            index = 0
            if buffer.isEmpty {
                finished = true
                try? handle.close()
                return nil
            }
        }
        let byte = buffer[index]
        index += 1
        fingerprint = (fingerprint ^ UInt64(byte)) &* 0x100_0000_01b3
        return byte
    }

    /// Skips `count` bytes (a byte-order mark).
    mutating func skip(_ count: Int) {
        for _ in 0..<count { _ = next() }
    }
}

/// Pairs of bytes as UTF-16 code units, in the byte order a BOM declared.
struct UTF16Units: IteratorProtocol {
    var bytes: ByteReader
    let bigEndian: Bool

    mutating func next() -> UInt16? {
        guard let first = bytes.next() else { return nil }
        // An odd trailing byte decodes as a broken unit, which the decoder reports.
        let second = bytes.next() ?? 0xFF
        return bigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first)
    }
}

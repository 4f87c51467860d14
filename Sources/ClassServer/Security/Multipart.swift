import Foundation

/// The parts of a `multipart/form-data` body (RFC 7578), for the roster upload: each part's
/// field name, file name if any, and bytes. Anything malformed is a 400, never a crash.
struct MultipartForm {
    struct Part {
        var name: String
        var fileName: String?
        var bytes: [UInt8]
    }

    let parts: [Part]

    /// Splits `body` by the boundary named in `contentType`.
    init(body: [UInt8], contentType: String) throws {
        guard
            let boundaryParameter = contentType.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) })
                .first(where: { $0.lowercased().hasPrefix("boundary=") })
        else { throw Self.malformed }
        var boundary = String(boundaryParameter.dropFirst("boundary=".count))
        if boundary.hasPrefix("\""), boundary.hasSuffix("\""), boundary.count >= 2 {
            boundary = String(boundary.dropFirst().dropLast())
        }
        guard !boundary.isEmpty, boundary.count <= 200 else { throw Self.malformed }
        let delimiter = Array("--\(boundary)".utf8)
        var parts: [Part] = []
        var positions: [Int] = []
        var index = 0
        while let found = Self.find(delimiter, in: body, from: index) {
            positions.append(found)
            index = found + delimiter.count
        }
        guard positions.count >= 2 else { throw Self.malformed }
        for (start, end) in zip(positions, positions.dropFirst()) {
            var partStart = start + delimiter.count
            guard partStart + 2 <= end, body[partStart] == 13, body[partStart + 1] == 10 else { continue }
            partStart += 2
            guard let headerEnd = Self.find(Array("\r\n\r\n".utf8), in: body, from: partStart), headerEnd < end else {
                throw Self.malformed
            }
            let headers = String(decoding: body[partStart..<headerEnd], as: UTF8.self)
            var contentEnd = end
            if contentEnd >= 2, body[contentEnd - 2] == 13, body[contentEnd - 1] == 10 { contentEnd -= 2 }
            guard contentEnd >= headerEnd + 4 else { throw Self.malformed }
            let disposition =
                headers.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-disposition:") }
                .map(String.init) ?? ""
            guard let name = Self.parameter("name", in: disposition) else { continue }
            parts.append(
                Part(
                    name: name, fileName: Self.parameter("filename", in: disposition),
                    bytes: Array(body[(headerEnd + 4)..<contentEnd])))
        }
        self.parts = parts
    }

    /// The first part named `name`.
    subscript(name: String) -> Part? { parts.first { $0.name == name } }

    /// The value of `name="..."` in a Content-Disposition line.
    private static func parameter(_ name: String, in line: String) -> String? {
        guard let range = line.range(of: "; \(name)=\"") ?? line.range(of: ";\(name)=\"") else { return nil }
        let rest = line[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else {
            return nil
        }
        var i = start
        let first = needle[0]
        while i <= haystack.count - needle.count {
            if haystack[i] == first && haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    static let malformed = ClientError.badRequest(
        .init(
            en: "The upload can't be read. Choose the file again and send it from the console page.",
            es: "La subida no se puede leer. Elige el archivo otra vez y envíalo desde la página de la consola."))
}

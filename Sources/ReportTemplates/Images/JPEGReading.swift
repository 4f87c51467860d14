/// Reads the structure of a JPEG file: its markers, up to the picture's size and kind, and that
/// the compressed data that follows ends properly.
///
/// The pixels are not decoded: a PDF embeds a JPEG as it is, and browsers decode it themselves.
/// What is checked is what a PDF and an email need: a baseline, extended or progressive JPEG
/// with 8-bit gray or colour samples, every segment complete, and an end marker after the data.
enum JPEGReading {
    /// What the frame header says.
    struct Header: Equatable {
        /// Size in pixels.
        var width: Int
        var height: Int
        /// 1 for gray, 3 for colour.
        var components: Int
    }

    /// The header of the JPEG in `bytes`.
    static func header(_ bytes: [UInt8]) -> Result<Header, ImageProblem> {
        let damaged = ImageProblem(
            message: "is a damaged JPEG file that can't be read (its structure is broken or it is cut short); "
                + "export or save it again")
        guard bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return .failure(damaged) }
        var offset = 2
        var header: Header?
        while offset + 4 <= bytes.count {
            guard bytes[offset] == 0xFF else { return .failure(damaged) }
            let marker = bytes[offset + 1]
            let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            let segment = offset + 4
            // Every marker before the scan has a length; libharu reads them the same way.
            guard length >= 2, segment + length - 2 <= bytes.count, marker != 0xFF, marker != 0x00,
                marker != 0xD8, marker != 0xD9, !(0xD0...0xD7).contains(marker), marker != 0x01
            else { return .failure(damaged) }
            switch marker {
            case 0xC0, 0xC1, 0xC2:
                guard header == nil, length >= 8 else { return .failure(damaged) }
                let precision = bytes[segment]
                let height = Int(bytes[segment + 1]) << 8 | Int(bytes[segment + 2])
                let width = Int(bytes[segment + 3]) << 8 | Int(bytes[segment + 4])
                let components = Int(bytes[segment + 5])
                guard length == 8 + 3 * components, width > 0, height > 0 else { return .failure(damaged) }
                guard precision == 8 else { return .failure(unsupported("\(precision)-bit samples")) }
                if components == 4 {
                    return .failure(
                        ImageProblem(
                            message: "is a CMYK JPEG (made for a print shop), which many email programs can't "
                                + "show; save it as an RGB JPEG or as PNG"))
                }
                guard components == 1 || components == 3 else { return .failure(damaged) }
                header = Header(width: width, height: height, components: components)
            case 0xC3, 0xC5, 0xC6, 0xC7:
                return .failure(unsupported("lossless or hierarchical compression"))
            case 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF:
                return .failure(unsupported("arithmetic coding"))
            case 0xDA:
                guard let header else { return .failure(damaged) }
                // The compressed data runs to an end marker (anything after it is ignored).
                let data = bytes[(segment + length - 2)...]
                let ends = zip(data, data.dropFirst()).contains { $0 == 0xFF && $1 == 0xD9 }
                return ends ? .success(header) : .failure(damaged)
            default:
                break
            }
            offset = segment + length - 2
        }
        return .failure(damaged)
    }

    private static func unsupported(_ what: String) -> ImageProblem {
        ImageProblem(
            message: "is a JPEG with \(what), which PDF files and email programs can't show; "
                + "save it again as an ordinary JPEG or as PNG")
    }
}

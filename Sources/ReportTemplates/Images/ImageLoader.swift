import Foundation
import ReportDocument

/// Loads the pictures a template names, each file once however often it is used, and checks
/// each as `template check` reports it: the path names a file on this computer (not a web
/// address), the file is at most 10 MB, is a PNG or JPEG by its content (not its name), is not
/// damaged, and has at most 10,000 pixels a side and 25 million in all.
///
/// Problems are recorded with the line and column of the `<image>` that named the file, once for
/// every `<image>` naming it.
final class ImageLoader {
    /// The largest image file accepted, in bytes (10 MB).
    static let maximumFileSize = 10_000_000
    /// The most pixels an image may have across or down.
    static let maximumSide = 10_000
    /// The most pixels an image may have in all (a decoded image is held in memory for print).
    static let maximumPixels = 25_000_000

    /// Problems found; all errors.
    private(set) var diagnostics: DiagnosticList
    /// The images loaded, each once, in the order first named.
    private(set) var images: [ReportImage] = []
    /// The folder relative paths start from: the template's own.
    private let folder: URL
    private var loaded: [String: Result<ReportImage, ImageProblem>] = [:]

    /// A loader for the template `fileName` (named in diagnostics), resolving relative paths in `folder`.
    init(fileName: String, folder: URL) {
        diagnostics = DiagnosticList(file: fileName)
        self.folder = folder
    }

    /// The image at `source` (an `<image src>`), or nil after recording why it can't be used.
    func image(_ source: String, at location: SourceLocation) -> ReportImage? {
        if let problem = Self.sourceProblem(source) {
            diagnostics.error(problem, at: location)
            return nil
        }
        let url = source.hasPrefix("/") ? URL(fileURLWithPath: source) : folder.appendingPathComponent(source)
        let key = url.standardizedFileURL.path
        let result: Result<ReportImage, ImageProblem>
        if let known = loaded[key] {
            result = known
        } else {
            result = Self.load(url, source: source)
            loaded[key] = result
            // Two paths to one file (a link, a copy) give equal bytes, so one image.
            if case .success(let image) = result, !images.contains(where: { $0.fileName == image.fileName }) {
                images.append(image)
            }
        }
        switch result {
        case .success(let image):
            return image
        case .failure(let problem):
            diagnostics.error(problem.message, at: location)
            return nil
        }
    }

    /// Why `source` is not a file path this tool reads images from, or nil when it is one.
    private static func sourceProblem(_ source: String) -> String? {
        if source.trimmingCharacters(in: .whitespaces).isEmpty {
            return "src on <image> is empty; write the path of a PNG or JPEG file, such as src=\"logo.png\""
        }
        // A scheme (two or more letters, digits, + - . starting with a letter) and a colon, or `//`.
        let scheme = source.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
        let hasScheme =
            scheme.count >= 2 && scheme.first?.isLetter == true && source.dropFirst(scheme.count).first == ":"
        guard hasScheme || source.hasPrefix("//") else { return nil }
        if scheme.lowercased() == "data" {
            return "src holds the picture itself as a data: address, which email programs block; save the picture "
                + "as a PNG or JPEG file in the template's folder and write its file name, such as src=\"logo.png\""
        }
        return "src=\"\(source)\" is a web address, but an image must be a file on this computer (reports are "
            + "made without going online, and email programs block pictures fetched from the web): download "
            + "the picture, save it in the template's folder and write its file name, such as src=\"logo.png\""
    }

    /// Reads and checks the file at `url`, named `source` in the template.
    private static func load(_ url: URL, source: String) -> Result<ReportImage, ImageProblem> {
        let shown = url.relativePath.hasPrefix("./") ? String(url.relativePath.dropFirst(2)) : url.relativePath
        let bytes: [UInt8]
        switch read(url, shown: shown, source: source) {
        case .success(let read): bytes = read
        case .failure(let problem): return .failure(problem)
        }
        func problem(_ text: String) -> Result<ReportImage, ImageProblem> {
            .failure(ImageProblem(message: "the image file \(shown) \(text)"))
        }
        let name = url.deletingPathExtension().lastPathComponent
        switch ImageKind(sniffing: bytes) {
        case .unsupported(let kind):
            return problem(
                "is \(kind), whatever its name says; only PNG and JPEG images can be used: save it as PNG "
                    + "(for logos and drawings) or JPEG (for photos)")
        case .unknown:
            return problem(
                "is not a PNG or JPEG image (its content does not start like one, whatever its name says); "
                    + "save the picture as PNG (for logos and drawings) or JPEG (for photos)")
        case .supported(.png):
            let header: PNGReading.Header
            switch PNGReading.header(bytes) {
            case .success(let read): header = read
            case .failure(let reason): return problem(reason.message)
            }
            if let tooLarge = sizeProblem(width: header.width, height: header.height) { return problem(tooLarge) }
            switch PNGReading.pixels(bytes, header: header) {
            case .success(let pixels):
                return .success(
                    ReportImage(
                        png: bytes, pixelWidth: header.width, pixelHeight: header.height, pixels: pixels, name: name))
            case .failure(let reason):
                return problem(reason.message)
            }
        case .supported(.jpeg):
            switch JPEGReading.header(bytes) {
            case .success(let header):
                if let tooLarge = sizeProblem(width: header.width, height: header.height) { return problem(tooLarge) }
                return .success(
                    ReportImage(jpeg: bytes, pixelWidth: header.width, pixelHeight: header.height, name: name))
            case .failure(let reason):
                return problem(reason.message)
            }
        }
    }

    /// The file's bytes, refusing anything but a readable ordinary file of at most 10 MB.
    private static func read(_ url: URL, shown: String, source: String) -> Result<[UInt8], ImageProblem> {
        func failure(_ text: String) -> Result<[UInt8], ImageProblem> { .failure(ImageProblem(message: text)) }
        // stat(2), not FileManager's attributes, which look up the owner's name (and so ask nscd).
        var status = stat()
        guard stat(url.path, &status) == 0 else {
            let relative = source.hasPrefix("/") ? "" : " (src=\"\(source)\" is looked up in the template's folder)"
            return failure("there is no image file at \(shown)\(relative); check the file's name and where it is")
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            return failure("src=\"\(source)\" names a folder (\(shown)), not an image file")
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return failure("src=\"\(source)\" names \(shown), which is not an ordinary file; give a PNG or JPEG file")
        }
        if Int(status.st_size) > maximumFileSize { return failure(tooBig(Int(status.st_size), shown: shown)) }
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            return failure("the image file \(shown) can't be opened; check its permissions")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumFileSize + 1) ?? Data()  // nil at the end of the file
        } catch {
            return failure("the image file \(shown) can't be read (the disk or its permissions refused)")
        }
        if data.count > maximumFileSize { return failure(tooBig(data.count, shown: shown)) }
        if data.isEmpty { return failure("the image file \(shown) is empty; save the picture again") }
        return .success([UInt8](data))
    }

    private static func tooBig(_ size: Int, shown: String) -> String {
        let megabytes = (Double(size) / 100_000).rounded(.up) / 10
        return "the image file \(shown) is \(megabytes) MB, more than the 10 MB an image may be; save a smaller "
            + "version (a logo needs a few hundred KB at most)"
    }

    /// Why a picture of `width` x `height` pixels is too large, or nil when it is not.
    private static func sizeProblem(width: Int, height: Int) -> String? {
        guard width > maximumSide || height > maximumSide || width * height > maximumPixels else { return nil }
        return "is \(width) x \(height) pixels, more than an image may be (10,000 pixels across or down, "
            + "25 million in all); save a smaller version: 2,000 pixels across is plenty for a printed page"
    }
}

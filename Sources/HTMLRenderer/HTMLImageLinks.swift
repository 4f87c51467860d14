import ReportDocument

/// How the HTML's `<img src>` points at the pictures it shows. Never a `data:` URI, which every
/// Gmail client blocks.
public enum HTMLImageLinks: Sendable, Equatable {
    /// By file name (``ReportImage/fileName``), for an HTML file with the picture files beside it.
    case fileNames
    /// By Content-ID (`cid:`), for the HTML part of an email that carries the pictures as parts
    /// of a `multipart/related` (see ``EmailInlineImage``).
    case contentIDs

    /// The `src` of `image`, not yet escaped.
    func source(of image: ReportImage) -> String {
        switch self {
        case .fileNames: image.fileName
        case .contentIDs: "cid:" + Self.contentID(of: image)
        }
    }

    /// The Content-ID of `image` in an email, without angle brackets: `<file name>@careerreport`.
    /// File names are made of letters, digits, `-` and `.`, so it needs no escaping in a `cid:` URL.
    public static func contentID(of image: ReportImage) -> String {
        "\(image.fileName)@careerreport"
    }
}

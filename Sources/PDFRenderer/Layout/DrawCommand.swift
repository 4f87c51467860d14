import ReportDocument

/// One thing to draw, positioned in points from a top-left origin with y growing downward
/// (relative to a ``Fragment`` until pagination places it on a page).
enum DrawCommand: Equatable {
    /// Text with its baseline at `y`.
    case text(String, x: Double, y: Double, font: FontChoice, size: Double, color: RGBColor)
    /// A filled rectangle whose top-left corner is (`x`, `y`).
    case rectangle(x: Double, y: Double, width: Double, height: Double, color: RGBColor)
    /// A horizontal line at `y`.
    case horizontalLine(fromX: Double, toX: Double, y: Double, thickness: Double, color: RGBColor)
    /// A clickable area (top-left corner `x`, `y`) leading to `target` (a URL or `#id`).
    case link(target: String, x: Double, y: Double, width: Double, height: Double)
    /// A picture scaled into the rectangle whose top-left corner is (`x`, `y`).
    case image(ReportImage, x: Double, y: Double, width: Double, height: Double)
    /// What the commands after it (up to the next tag) are to a screen reader.
    case tag(ContentTag)

    /// The same command moved down by `dy`.
    func shifted(by dy: Double) -> DrawCommand {
        switch self {
        case .text(let text, let x, let y, let font, let size, let color):
            .text(text, x: x, y: y + dy, font: font, size: size, color: color)
        case .rectangle(let x, let y, let width, let height, let color):
            .rectangle(x: x, y: y + dy, width: width, height: height, color: color)
        case .horizontalLine(let fromX, let toX, let y, let thickness, let color):
            .horizontalLine(fromX: fromX, toX: toX, y: y + dy, thickness: thickness, color: color)
        case .link(let target, let x, let y, let width, let height):
            .link(target: target, x: x, y: y + dy, width: width, height: height)
        case .image(let image, let x, let y, let width, let height):
            .image(image, x: x, y: y + dy, width: width, height: height)
        case .tag: self
        }
    }
}

import Foundation
import ReportDocument
import TestImages
import Testing

@testable import PDFRenderer

/// A page rendered to pixels by pdftoppm at 72 dpi, so one pixel is one point.
private struct RenderedPage {
    let width: Int
    let height: Int
    let rgb: [UInt8]

    /// Page `page` (1-based) of the PDF at `file`, or nil when pdftoppm is missing.
    init?(_ file: String, page: Int = 1) throws {
        let prefix = URL(fileURLWithPath: file).deletingPathExtension().path
        guard
            let run = try ExternalTool.run(
                "pdftoppm", ["-r", "72", "-f", "\(page)", "-l", "\(page)", "-singlefile", file, prefix]),
            run.status == 0
        else { return nil }
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: prefix + ".ppm")))
        // "P6\n<width> <height>\n255\n" then RGB triples.
        var fields: [Int] = []
        var index = 2
        while fields.count < 3 {
            while bytes[index] == 0x20 || bytes[index] == 0x0A { index += 1 }
            var value = 0
            while bytes[index] >= 0x30 && bytes[index] <= 0x39 {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            fields.append(value)
        }
        (width, height) = (fields[0], fields[1])
        rgb = Array(bytes[(index + 1)...])
    }

    /// The colour at (`x`, `y`) points from the top-left corner of the paper.
    func color(x: Double, y: Double) -> [Int] {
        let offset = (Int(y) * width + Int(x)) * 3
        return rgb[offset..<offset + 3].map(Int.init)
    }
}

/// True when every channel of `found` is within `tolerance` of `expected`.
private func near(_ found: [Int], _ expected: [Int], tolerance: Int = 6) -> Bool {
    zip(found, expected).allSatisfy { abs($0 - $1) <= tolerance }
}

/// The rows of `pdfimages -list`: page, number, type, width, height, colour, components, bits,
/// encoding, interpolation, object id ...
private func imageList(_ file: String) throws -> [[String]]? {
    guard let run = try ExternalTool.run("pdfimages", ["-list", file]) else { return nil }
    return run.output.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ").map(String.init) }
}

private let havePoppler = ExternalTool.path("pdfimages") != nil && ExternalTool.path("pdftoppm") != nil

@Suite("Pictures in the PDF")
struct ImageTests {
    private func render(_ blocks: [Block]) throws -> (file: String, bytes: [UInt8]) {
        let document = ReportDocument(metadata: DocumentMetadata(title: "Pictures"), blocks: blocks)
        let pdf = try PDFRenderer().render(document)
        return (try ScratchDirectory().write(pdf.bytes, to: "pictures.pdf"), pdf.bytes)
    }

    private func image(_ picture: ReportImage, width: Double? = nil, align: TextAlignment = .leading) -> Block {
        .image(ImageBlock(image: picture, alt: "picture", width: width, alignment: align))
    }

    @Test(
        "pdfimages lists every picture at its pixel size and colour: PNGs decoded (16-bit to 8), transparency as a soft mask, JPEGs as they are",
        .enabled(if: havePoppler, "poppler-utils is not installed: run make test-deps"))
    func listsThePictures() throws {
        let (file, bytes) = try render([
            image(TestImages.reportImage(TestImages.badge)), image(TestImages.reportImage(TestImages.gray16)),
            image(TestImages.reportImage(TestImages.palette)), image(TestImages.photo),
            image(ReportImage(jpeg: TestImages.jpeg("gray.jpg"), pixelWidth: 32, pixelHeight: 32, name: "gray")),
            image(
                ReportImage(
                    jpeg: TestImages.jpeg("progressive.jpg"), pixelWidth: 48, pixelHeight: 32, name: "progressive")),
        ])
        let rows = try #require(try imageList(file)).map { Array($0[2...8]) }
        #expect(
            rows == [
                ["image", "40", "30", "rgb", "3", "8", "image"], ["smask", "40", "30", "gray", "1", "8", "image"],
                ["image", "32", "32", "gray", "1", "8", "image"],
                ["image", "20", "20", "rgb", "3", "8", "image"], ["smask", "20", "20", "gray", "1", "8", "image"],
                ["image", "64", "48", "rgb", "3", "8", "jpeg"],
                ["image", "32", "32", "gray", "1", "8", "jpeg"],
                ["image", "48", "32", "rgb", "3", "8", "jpeg"],
            ])
        #expect(bytes.starts(with: Array("%PDF-1.7".utf8)), "soft masks need PDF 1.4; tagged PDF/UA-1 files say 1.7")
        let check = try #require(try ExternalTool.run("qpdf", ["--check", file]))
        #expect(check.status == 0, "\(check.output)")
    }

    @Test(
        "a picture shown twice is stored once (one image XObject per document)",
        .enabled(if: havePoppler, "poppler-utils is not installed: run make test-deps"))
    func storesARepeatedPictureOnce() throws {
        let badge = TestImages.reportImage(TestImages.badge)
        let once = try render([image(badge), image(TestImages.photo)])
        let twice = try render([
            image(badge), image(TestImages.photo), image(badge, width: 90), image(TestImages.photo, align: .center),
        ])
        let rows = try #require(try imageList(twice.file))
        #expect(rows.count == 6, "every drawing is listed: \(rows)")
        #expect(
            Set(rows.map { $0[10] }).count == 2, "but only two objects: the badge (listed with its mask) and the photo")
        #expect(twice.bytes.count - once.bytes.count < 400, "the second drawings add no image data")
    }

    @Test(
        "the page shows the picture's colours: transparent parts let the paper through, 16-bit gray is mid gray",
        .enabled(if: havePoppler, "poppler-utils is not installed: run make test-deps"))
    func drawsTheRightColours() throws {
        let (file, _) = try render([
            image(TestImages.reportImage(TestImages.badge), width: 200),
            image(TestImages.reportImage(TestImages.gray16), width: 100),
            image(TestImages.reportImage(TestImages.rgb16), width: 120, align: .trailing),
        ])
        let page = try #require(try RenderedPage(file))
        let margin = Theme.standard.spacing.pageMargin
        let gap = Theme.standard.spacing.blockGap
        // The badge: 200 x 150 points at the top-left of the content.
        #expect(near(page.color(x: margin + 50, y: margin + 75), [255, 0, 0]), "opaque red")
        #expect(near(page.color(x: margin + 150, y: margin + 35), [255, 255, 255]), "transparent: the paper")
        #expect(near(page.color(x: margin + 150, y: margin + 115), [127, 127, 255]), "half-transparent blue")
        // 16-bit gray 0x8080, 100 x 100 points below it.
        let grayTop = margin + 150 + gap
        #expect(near(page.color(x: margin + 50, y: grayTop + 50), [128, 128, 128], tolerance: 2))
        // 16-bit RGB, right-aligned: green (0xC0) above white.
        let rgbTop = grayTop + 100 + gap
        let right = 595.276 - margin
        #expect(near(page.color(x: right - 60, y: rgbTop + 20), [0, 192, 0], tolerance: 2))
        #expect(near(page.color(x: right - 60, y: rgbTop + 60), [255, 255, 255], tolerance: 2))
        #expect(near(page.color(x: right - 130, y: rgbTop + 20), [255, 255, 255]), "nothing left of the picture")
    }

    @Test(
        "a JPEG prints as itself: the photo's dark square in the middle, its gradient around it",
        .enabled(if: havePoppler, "poppler-utils is not installed: run make test-deps"))
    func drawsAJPEG() throws {
        let (file, _) = try render([image(TestImages.photo, width: 128)])
        let page = try #require(try RenderedPage(file))
        let margin = Theme.standard.spacing.pageMargin
        #expect(near(page.color(x: margin + 64, y: margin + 48), [30, 40, 60], tolerance: 20), "dark square")
        let left = page.color(x: margin + 4, y: margin + 8)
        let right = page.color(x: margin + 124, y: margin + 8)
        #expect(left[2] > 180 && right[0] > 200, "blue on the left, orange on the right: \(left) \(right)")
    }
}

@Suite("Pictures in the layout")
struct ImageLayoutTests {
    /// The draw commands of each page of `blocks` (fixed-width fonts, no header or footer).
    private func pages(_ blocks: [Block]) -> (pages: [[DrawCommand]], geometry: PageGeometry) {
        let document = ReportDocument(metadata: DocumentMetadata(title: "Layout"), blocks: blocks)
        let (content, geometry, _) = fixedWidthLayout(document)
        return (content.pages.map(\.commands), geometry)
    }

    /// Where each picture landed: page (0-based) and rectangle.
    private func placed(_ pages: [[DrawCommand]]) -> [(page: Int, x: Double, y: Double, width: Double, height: Double)]
    {
        pages.enumerated().flatMap { index, commands in
            commands.compactMap { command in
                if case .image(_, let x, let y, let width, let height) = command {
                    (index, x, y, width, height)
                } else {
                    nil
                }
            }
        }
    }

    /// The page (0-based) on which the text `text` is drawn.
    private func page(of text: String, in pages: [[DrawCommand]]) -> Int? {
        pages.firstIndex { commands in
            commands.contains { if case .text(let drawn, _, _, _, _, _) = $0 { drawn.contains(text) } else { false } }
        }
    }

    private func picture(width pixels: Int, height: Int) -> ReportImage {
        let png = TestPNG(width: pixels, height: height, kind: .gray) { _, _ in [0] }
        return TestImages.reportImage(png)
    }

    @Test("a picture takes its own size (0.75 pt a pixel) or its width, but never more than the column")
    func width() throws {
        let (pages, geometry) = pages([
            .image(ImageBlock(image: picture(width: 40, height: 20), alt: "a")),
            .image(ImageBlock(image: picture(width: 40, height: 20), alt: "b", width: 90)),
            .image(ImageBlock(image: picture(width: 40, height: 20), alt: "c", width: 5_000)),
        ])
        let sizes = placed(pages).map { [$0.width, $0.height] }
        let column = geometry.contentWidth
        #expect(sizes == [[30, 15], [90, 45], [column, column / 2]])
    }

    @Test("a picture taller than a page is scaled down to the page, keeping its proportions")
    func height() throws {
        let (pages, geometry) = pages([
            .image(ImageBlock(image: picture(width: 10, height: 400), alt: "tall", width: 300))
        ])
        let drawn = try #require(placed(pages).first)
        #expect(pages.count == 1)
        #expect(abs(drawn.height - geometry.contentHeight) < 0.001)
        #expect(abs(drawn.width - geometry.contentHeight / 40) < 0.001)
    }

    @Test("left, centre and right place the picture across the column")
    func alignment() throws {
        let image = picture(width: 40, height: 20)
        let (pages, geometry) = pages(
            [TextAlignment.leading, .center, .trailing].map {
                .image(ImageBlock(image: image, alt: "x", alignment: $0))
            })
        let left = geometry.contentLeft
        #expect(
            placed(pages).map(\.x) == [
                left, left + (geometry.contentWidth - 30) / 2, left + geometry.contentWidth - 30,
            ])
    }

    @Test("a picture is never split: one that does not fit the rest of the page starts the next")
    func movesToTheNextPage() throws {
        let image = Block.image(ImageBlock(image: picture(width: 100, height: 100), alt: "x", width: 300))
        var moved = 0
        for words in stride(from: 100, through: 400, by: 10) {
            let (pages, geometry) = pages([filler(words), image])
            let drawn = try #require(placed(pages).first)
            #expect(drawn.y + drawn.height <= geometry.contentHeight, "\(words) words: the picture fits its page")
            let fillerEnds = pages.lastIndex { $0.contains { if case .text = $0 { true } else { false } } }
            if drawn.page == 1, fillerEnds == 0 {
                #expect(drawn.y == 0, "at the top of page 2, the space above it left out")
                moved += 1
            }
        }
        #expect(moved > 0, "somewhere in the range the picture no longer fits page 1")
    }

    /// A paragraph of `words` words, to push what follows down the page.
    private func filler(_ words: Int) -> Block {
        .paragraph(Paragraph(content: [.text(String(repeating: "words fill pages ", count: words))]))
    }

    @Test(
        "keep-with-next on a paragraph moves the heading, the paragraph and the picture after it to the next page together"
    )
    func keepWithNext() throws {
        let heading = Block.heading(Heading(level: 2, content: [.text("Our logo")]))
        let picture = Block.image(ImageBlock(image: picture(width: 100, height: 100), alt: "x", width: 240))
        func pages(words: Int, keep: Bool) -> (heading: Int?, intro: Int?, picture: Int?) {
            let intro = Block.paragraph(Paragraph(content: [.text("Introduces the picture")], keepWithNext: keep))
            let pages = self.pages([filler(words), heading, intro, picture]).pages
            return (page(of: "Our logo", in: pages), page(of: "Introduces", in: pages), placed(pages).first?.page)
        }
        var splitWithoutKeep = 0
        for words in stride(from: 100, through: 400, by: 10) {
            let kept = pages(words: words, keep: true)
            #expect(kept.heading == kept.intro && kept.intro == kept.picture, "\(words) words: \(kept)")
            let loose = pages(words: words, keep: false)
            if loose.intro != loose.picture { splitWithoutKeep += 1 }
        }
        #expect(splitWithoutKeep > 0, "without keep-with-next the picture goes on alone somewhere in the range")
    }

    @Test("keep-with-next on a picture keeps it on the page of the heading after it")
    func pictureKeepsWithHeading() throws {
        let heading = Block.heading(Heading(level: 3, content: [.text("About this report")]))
        let note = Block.paragraph(Paragraph(content: [.text("Small print")]))
        func pages(words: Int, keep: Bool) -> (mark: Int?, heading: Int?) {
            let mark = Block.image(
                ImageBlock(
                    image: picture(width: 40, height: 40), alt: "", isDecorative: true, width: 30, keepWithNext: keep))
            let pages = self.pages([filler(words), mark, heading, note]).pages
            return (placed(pages).first?.page, page(of: "About this report", in: pages))
        }
        var splitWithoutKeep = 0
        for words in stride(from: 150, through: 350, by: 4) {
            let kept = pages(words: words, keep: true)
            #expect(kept.mark == kept.heading, "\(words) words: \(kept)")
            let loose = pages(words: words, keep: false)
            if loose.mark != loose.heading { splitWithoutKeep += 1 }
        }
        #expect(splitWithoutKeep > 0, "without keep-with-next the mark stays behind somewhere in the range")
    }
}

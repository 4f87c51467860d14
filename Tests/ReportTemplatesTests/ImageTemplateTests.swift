import Foundation
import ReportDocument
import ReportTemplates
import TestImages
import Testing

/// A folder with a template and the picture files it names, removed after the test.
private struct ImageFolder {
    let url: URL

    init(files: [String: [UInt8]]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("image-templates-\(UUID().uuidString)")
        for (name, bytes) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
        }
    }

    /// Writes a template whose body is `body` as `report.xml` and loads it.
    func load(_ body: String) throws(TemplateError) -> ReportTemplate {
        let text = """
            <report xmlns="urn:careerreport:template:1" version="1">
            <meta><title>T</title></meta>
            <body>
            \(body)
            </body>
            </report>
            """
        let file = url.appendingPathComponent("report.xml")
        try? Data(text.utf8).write(to: file)
        return try ReportTemplate.load(contentsOf: file, schema: sharedSchema)
    }

    /// The diagnostics of a body that must be refused, as `line: message` (the body starts on line 4).
    func problems(_ body: String) -> [String] {
        do {
            _ = try load(body)
            Issue.record("expected the template to be refused")
            return []
        } catch {
            return error.diagnostics.map { "\($0.line): \($0.message)" }
        }
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

@Suite("<image> in templates: checks, loading once, binding")
struct ImageTemplateTests {
    @Test("an image without alt text, or decorative with alt text, is an error on its line, in plain words")
    func altText() throws {
        let folder = try ImageFolder(files: ["logo.png": TestImages.badge.bytes])
        defer { folder.remove() }
        let problems = folder.problems(
            """
            <image src="logo.png"/>
            <image src="logo.png" alt="   "/>
            <image src="logo.png" decorative="true" alt="Our logo"/>
            <image src="logo.png" decorative="true"/>
            <image src="logo.png" decorative="true" alt=""/>
            <image src="logo.png" alt="School logo"/>
            """)
        #expect(problems.count == 3, "\(problems)")
        #expect(
            problems[0].hasPrefix("4: this <image> has no alt text: write alt=\"...\" saying what the picture shows"))
        #expect(problems[0].contains("if the picture is only decoration, write decorative=\"true\" instead"))
        #expect(problems[1].hasPrefix("5: this <image> has empty alt text"))
        #expect(problems[2].hasPrefix("6: this <image> is marked decorative=\"true\" but also has alt text"))
    }

    @Test("a missing file, a folder, a web or data: address and an empty src are errors on their lines")
    func wrongSources() throws {
        let folder = try ImageFolder(files: ["pictures/ok.png": TestImages.badge.bytes])
        defer { folder.remove() }
        let problems = folder.problems(
            """
            <image src="nope.png" alt="x"/>
            <image src="pictures" alt="x"/>
            <image src="https://example.org/logo.png" alt="x"/>
            <image src="//example.org/logo.png" alt="x"/>
            <image src="data:image/png;base64,iVBORw0KGgo=" alt="x"/>
            <image src="" alt="x"/>
            <image src="pictures/ok.png" alt="x"/>
            """)
        #expect(problems.count == 6, "\(problems)")
        #expect(problems[0].hasPrefix("4: there is no image file at "))
        #expect(problems[0].contains("nope.png (src=\"nope.png\" is looked up in the template's folder)"))
        #expect(problems[1].hasPrefix("5: src=\"pictures\" names a folder"))
        #expect(problems[2].hasPrefix("6: src=\"https://example.org/logo.png\" is a web address"))
        #expect(problems[2].contains("save it in the template's folder and write its file name"))
        #expect(problems[3].hasPrefix("7: src=\"//example.org/logo.png\" is a web address"))
        #expect(problems[4].hasPrefix("8: src holds the picture itself as a data: address"))
        #expect(problems[5].hasPrefix("9: src on <image> is empty"))
    }

    @Test("a file that is not a PNG or JPEG by its bytes is refused, whatever its name says")
    func notAnImage() throws {
        let folder = try ImageFolder(files: [
            "logo.png": Array("GIF89a\u{1}\u{0}\u{1}\u{0}".utf8), "notes.jpg": Array("just some text".utf8),
            "drawing.png": Array("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8),
            "empty.png": [],
        ])
        defer { folder.remove() }
        let problems = folder.problems(
            """
            <image src="logo.png" alt="x"/>
            <image src="notes.jpg" alt="x"/>
            <image src="drawing.png" alt="x"/>
            <image src="empty.png" alt="x"/>
            """)
        #expect(problems.count == 4, "\(problems)")
        #expect(problems[0].hasPrefix("4: the image file ") && problems[0].contains("logo.png is a GIF image"))
        #expect(problems[0].contains("only PNG and JPEG images can be used"))
        #expect(problems[1].contains("notes.jpg is not a PNG or JPEG image (its content does not start like one"))
        #expect(problems[2].contains("drawing.png is an SVG drawing"))
        #expect(problems[3].hasPrefix("7: the image file ") && problems[3].contains("empty.png is empty"))
    }

    @Test("a damaged PNG (cut short, or a chunk whose checksum fails) and a damaged JPEG are refused")
    func damagedFiles() throws {
        let png = TestImages.badge.bytes
        var badChecksum = png
        badChecksum[29] ^= 0xFF  // the IHDR chunk's CRC
        let jpeg = TestImages.jpeg("photo.jpg")
        let folder = try ImageFolder(files: [
            "cut.png": Array(png.prefix(png.count / 2)), "crc.png": badChecksum,
            "cut.jpg": Array(jpeg.prefix(jpeg.count - 20)), "header.jpg": Array(jpeg.prefix(30)),
        ])
        defer { folder.remove() }
        let problems = folder.problems(
            """
            <image src="cut.png" alt="x"/>
            <image src="crc.png" alt="x"/>
            <image src="cut.jpg" alt="x"/>
            <image src="header.jpg" alt="x"/>
            """)
        #expect(problems.count == 4, "\(problems)")
        #expect(problems[0].hasPrefix("4: the image file ") && problems[0].contains("cut.png is a damaged PNG file"))
        #expect(problems[1].contains("crc.png is a damaged PNG file that can't be read (libpng says: IHDR: CRC error)"))
        #expect(problems[2].contains("cut.jpg is a damaged JPEG file"))
        #expect(problems[3].contains("header.jpg is a damaged JPEG file"))
    }

    @Test("a picture over 10,000 pixels a side or 25 million pixels, a file over 10 MB, and a CMYK JPEG are refused")
    func tooLarge() throws {
        // Only the header is read before the size is refused, so a huge picture costs nothing.
        let small = TestImages.gray16
        let folder = try ImageFolder(files: [
            "wide.png": small.bytes(claimingWidth: 12_000, height: 2),
            "many.png": small.bytes(claimingWidth: 6_000, height: 6_000), "cmyk.jpg": TestImages.jpeg("cmyk.jpg"),
        ])
        defer { folder.remove() }
        let big = folder.url.appendingPathComponent("big.png")
        try Data(TestImages.badge.bytes).write(to: big)
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 10_000_001)
        try handle.close()
        let problems = folder.problems(
            """
            <image src="wide.png" alt="x"/>
            <image src="many.png" alt="x"/>
            <image src="big.png" alt="x"/>
            <image src="cmyk.jpg" alt="x"/>
            """)
        #expect(problems.count == 4, "\(problems)")
        #expect(problems[0].contains("wide.png is 12000 x 2 pixels, more than an image may be"))
        #expect(problems[1].contains("many.png is 6000 x 6000 pixels"))
        #expect(problems[2].contains("big.png is 10.1 MB, more than the 10 MB an image may be"))
        #expect(problems[3].contains("cmyk.jpg is a CMYK JPEG"))
    }

    @Test("the image checks are reported with the schema's: width, align, decorative and src need valid values")
    func attributeValues() {
        let problems = diagnostics(
            of: """
                <report xmlns="urn:careerreport:template:1" version="1">
                <meta><title>T</title></meta>
                <body>
                <image alt="x"/>
                <image src="a.png" alt="x" width="0" align="middle" decorative="maybe"/>
                <heading level="1" keep-with-next="true">Headings always keep with the next block</heading>
                </body>
                </report>
                """
        ).map(\.message)
        #expect(problems.contains { $0.hasPrefix("<image> is missing the attribute src (the path of a PNG or JPEG") })
        #expect(
            problems.contains { $0.hasPrefix("width=\"0\" on <image> is not allowed; expected a number of points") })
        #expect(
            problems.contains {
                $0.hasPrefix("align=\"middle\" on <image> is not allowed; use one of: left, center, right")
            })
        #expect(
            problems.contains { $0.hasPrefix("decorative=\"maybe\" on <image> is not allowed; expected true or false") }
        )
        #expect(problems.contains { $0.hasPrefix("<heading> has no attribute keep-with-next") })
    }

    @Test("a file used twice is loaded once, and every report bound from the template shares it")
    func loadedOnce() throws {
        let folder = try ImageFolder(files: ["img/logo.png": TestImages.badge.bytes])
        defer { folder.remove() }
        let absolute = folder.url.appendingPathComponent("img/logo.png").path
        let template = try folder.load(
            """
            <image src="img/logo.png" alt="Lincoln High"/>
            <image src="img/../img/logo.png" decorative="true" width="36" align="right"/>
            <image src="\(absolute)" alt="Again" align="center"/>
            """)
        #expect(template.images.count == 1)
        let image = try #require(template.images.first)
        #expect(image.format == .png && image.pixelWidth == 40 && image.pixelHeight == 30)
        #expect(image.fileName.hasPrefix("logo-") && image.fileName.hasSuffix(".png"))
        let blocks = try template.bind(.record([:]), theme: .standard).blocks
        let images = blocks.compactMap { if case .image(let image) = $0 { image } else { nil } }
        #expect(images.count == 3)
        #expect(images.allSatisfy { $0.image == image })
        #expect(images.map(\.alt) == ["Lincoln High", "", "Again"])
        #expect(images.map(\.isDecorative) == [false, true, false])
        #expect(images.map(\.width) == [nil, 36, nil])
        #expect(images.map(\.alignment) == [.leading, .trailing, .center])
    }

    @Test(
        "PNGs of every kind decode to 8-bit samples: 16-bit scaled, palettes and transparency expanded, interlacing undone",
        arguments: [
            ("16-bit gray", TestImages.gray16), ("16-bit RGB", TestImages.rgb16), ("RGBA", TestImages.badge),
            ("palette with transparency", TestImages.palette), ("interlaced RGBA", TestImages.interlacedBadge),
            (
                "1-bit gray",
                TestPNG(width: 9, height: 3, kind: .gray, bitDepth: 1) { x, y in [(x + y) % 2] }
            ),
            (
                "16-bit gray and alpha, interlaced",
                TestPNG(width: 11, height: 7, kind: .grayAlpha, bitDepth: 16, interlaced: true) { x, y in
                    [x * 5_000, y * 9_000]
                }
            ),
        ])
    func decodesEveryKindOfPNG(kind: String, png: TestPNG) throws {
        let folder = try ImageFolder(files: ["p.png": png.bytes])
        defer { folder.remove() }
        let template = try folder.load(#"<image src="p.png" alt="\#(kind)"/>"#)
        let image = try #require(template.images.first)
        #expect(image.bytes == png.bytes, "the file goes to HTML and email unchanged")
        #expect(image.pixels == TestImages.expectedPixels(of: png))
    }

    @Test(
        "JPEGs are read for their size and kind; the bytes are kept as they are",
        arguments: [
            ("photo.jpg", 64, 48), ("gray.jpg", 32, 32), ("progressive.jpg", 48, 32),
        ])
    func readsJPEGs(name: String, width: Int, height: Int) throws {
        let folder = try ImageFolder(files: [name: TestImages.jpeg(name)])
        defer { folder.remove() }
        let image = try #require(try folder.load(#"<image src="\#(name)" alt="x"/>"#).images.first)
        #expect(image.format == .jpeg && image.pixels == nil)
        #expect(image.pixelWidth == width && image.pixelHeight == height)
        #expect(image.bytes == TestImages.jpeg(name))
    }

    @Test("keep-with-next=\"true\" reaches the bound blocks, also through if and each")
    func keepWithNext() throws {
        let template = try template(
            body: """
                <p keep-with-next="true">Intro</p>
                <section keep-with-next="true"><p>In a section</p></section>
                <if exists="x"><list keep-with-next="true"><item>a</item></list></if>
                <each items="rows"><callout keep-with-next="true"><p>c</p></callout></each>
                <table keep-with-next="false"><column/><row><cell>t</cell></row></table>
                <bar-chart title="b" max="1" keep-with-next="true"/>
                <p>Last</p>
                """)
        let blocks = try bodyBlocks(template, .r(["x": 1, "rows": [1]]))
        #expect(blocks.map(\.keepsWithNext) == [true, true, true, true, false, true, false])
    }

    @Test("damaged pictures never crash the loader: 400 random cuts and byte changes of PNGs and JPEGs")
    func randomDamage() throws {
        let originals = [
            TestImages.badge.bytes, TestImages.interlacedBadge.bytes, TestImages.palette.bytes,
            TestImages.gray16.bytes, TestImages.jpeg("photo.jpg"), TestImages.jpeg("progressive.jpg"),
        ]
        var state: UInt64 = 0x1234_5678  // SplitMix64: the same damage on every run
        func random(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        var files: [String: [UInt8]] = [:]
        for index in 0..<400 {
            var bytes = originals[index % originals.count]
            if index % 3 == 0 {
                bytes = Array(bytes.prefix(random(bytes.count)))
            } else {
                for _ in 0...random(4) { bytes[random(bytes.count)] = UInt8(random(256)) }
            }
            files["d\(index).\(index % originals.count < 4 ? "png" : "jpg")"] = bytes
        }
        let folder = try ImageFolder(files: files)
        defer { folder.remove() }
        let body = files.keys.sorted().map { #"<image src="\#($0)" alt="x"/>"# }.joined(separator: "\n")
        do {
            let template = try folder.load(body)
            #expect(template.images.allSatisfy { $0.pixelWidth > 0 && $0.pixelHeight > 0 })
        } catch {
            let messages = error.diagnostics.map(\.message)
            #expect(messages.allSatisfy { $0.hasPrefix("the image file ") }, "\(messages)")
            #expect(messages.contains { $0.contains("is a damaged PNG file") })
            #expect(messages.contains { $0.contains("is a damaged JPEG file") })
        }
    }
}

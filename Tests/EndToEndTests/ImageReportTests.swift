import EmailChecks
import Foundation
import TestImages
import Testing

@Suite("Pictures in reports, run as a user would")
struct ImageReportTests {
    static let hasPoppler = CLI.has("pdfimages") && CLI.has("pdftoppm")

    /// A school's own template beside its pictures: a 16-bit gray crest first on the page, an
    /// interlaced palette badge and a JPEG photo.
    static let template = """
        <?xml version="1.0" encoding="UTF-8"?>
        <report xmlns="urn:careerreport:template:1" version="1">
          <meta><title>Career report for <value of="student.name.full"/></title><language>en</language></meta>
          <body>
            <image src="pictures/crest.png" alt="The Lincoln High crest" width="144"/>
            <heading level="1">Hello, <value of="student.name.call"/></heading>
            <p keep-with-next="true">Our counselors:</p>
            <image src="pictures/photo.jpg" alt="The counseling team in the library" align="center"/>
            <image src="pictures/badge.png" decorative="true" align="right"/>
          </body>
        </report>
        """

    func schoolFolder() throws -> URL {
        let folder = try CLI.temporaryFolder()
        let pictures = folder.appendingPathComponent("pictures")
        try FileManager.default.createDirectory(at: pictures, withIntermediateDirectories: true)
        try Data(Self.template.utf8).write(to: folder.appendingPathComponent("school.xml"))
        try Data(TestImages.gray16.bytes).write(to: pictures.appendingPathComponent("crest.png"))
        var badge = TestImages.palette
        badge.interlaced = true
        try Data(badge.bytes).write(to: pictures.appendingPathComponent("badge.png"))
        try Data(TestImages.jpeg("photo.jpg")).write(to: pictures.appendingPathComponent("photo.jpg"))
        return folder
    }

    @Test(
        "a school's own pictures reach the PDF (16-bit gray as mid gray), the HTML (files beside it), the email (by cid) and the text (alt)",
        .enabled(if: hasPoppler, "poppler-utils is not installed: run make test-deps"))
    func generate() throws {
        let folder = try schoolFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let profile = CLI.repository.appendingPathComponent("samples/profiles/jose-creative.yaml").path
        let result = try CLI.run(
            [
                "generate", profile, "--template", "school.xml", "--format", "pdf,html,txt,eml", "--from",
                "rivera@school.org", "--out", "out",
            ], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let out = folder.appendingPathComponent("out")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        let pictures = files.filter { !$0.hasPrefix("s-0001.") }
        #expect(pictures.count == 3, "\(files)")
        #expect(pictures.allSatisfy { $0.hasPrefix("crest-") || $0.hasPrefix("badge-") || $0.hasPrefix("photo-") })

        let pdf = out.appendingPathComponent("s-0001.pdf").path
        let list = try CLI.tool("pdfimages", ["-list", pdf]).stdout.split(separator: "\n").dropFirst(2)
        #expect(
            list.map { Array($0.split(separator: " ").map(String.init)[2...8]) } == [
                ["image", "32", "32", "gray", "1", "8", "image"],
                ["image", "64", "48", "rgb", "3", "8", "jpeg"],
                ["image", "20", "20", "rgb", "3", "8", "image"], ["smask", "20", "20", "gray", "1", "8", "image"],
            ])
        // The crest, 144 points square, starts the first page at the margin (54 points); at 72 dpi one pixel is a point.
        let prefix = folder.appendingPathComponent("page").path
        #expect(try CLI.tool("pdftoppm", ["-r", "72", "-f", "1", "-l", "1", "-singlefile", pdf, prefix]).status == 0)
        let ppm = [UInt8](try Data(contentsOf: URL(fileURLWithPath: prefix + ".ppm")))
        // "P6\n<width> <height>\n255\n", then RGB.
        let header = String(decoding: ppm.prefix(20), as: UTF8.self).split(separator: "\n").prefix(3)
        let width = try #require(Int(header[1].split(separator: " ")[0]))
        let offset = header.map { $0.utf8.count + 1 }.reduce(0, +) + (126 * width + 126) * 3
        #expect(ppm[offset..<offset + 3].allSatisfy { abs(Int($0) - 128) <= 2 }, "\(Array(ppm[offset..<offset + 3]))")

        let html = try String(contentsOf: out.appendingPathComponent("s-0001.html"), encoding: .utf8)
        let sources = EmailLint.tags(in: html).filter { $0.name == "img" }.compactMap { $0.attribute("src") }
        #expect(Set(sources) == Set(pictures), "every <img> names a file beside the HTML")
        #expect(EmailLint.problems(in: html) == [])

        let email = try String(contentsOf: out.appendingPathComponent("s-0001.eml"), encoding: .utf8)
        #expect(email.contains("Content-Type: multipart/related;"))
        for picture in pictures { #expect(email.contains("Content-ID: <\(picture)@careerreport>")) }

        let text = try String(contentsOf: out.appendingPathComponent("s-0001.txt"), encoding: .utf8)
        #expect(text.contains("[The Lincoln High crest]") && text.contains("[The counseling team in the library]"))
        #expect(!text.contains("badge"))
    }

    @Test("a picture that can't be used stops generate before anything is written, with its line and column")
    func refusesBadPictures() throws {
        let folder = try schoolFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("not a picture".utf8).write(to: folder.appendingPathComponent("pictures/photo.jpg"))
        let profile = CLI.repository.appendingPathComponent("samples/profiles/jose-creative.yaml").path
        let result = try CLI.run(["generate", profile, "--template", "school.xml", "--out", "out"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "school.xml:8:5: error: the image file pictures/photo.jpg is not a PNG or JPEG image"),
            "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
        let check = try CLI.run(["template", "check", "school.xml"], in: folder)
        #expect(check.status == 1)
        #expect(check.stderr.contains("school.xml:8:5: error: the image file pictures/photo.jpg"))
    }

    @Test("a batch writes the shipped templates' mark once beside the reports and puts it in the zip")
    func batch() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(BatchEndToEndTests.roster(3).utf8).write(to: folder.appendingPathComponent("roster.csv"))
        let result = try CLI.run(["batch", "roster.csv", "--out", "out", "--zip", "-q"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let out = folder.appendingPathComponent("out")
        let marks = try FileManager.default.contentsOfDirectory(atPath: out.path).filter {
            $0.hasPrefix("careerreport-mark-")
        }
        #expect(marks.count == 1)
        let mark = try #require(marks.first)
        for page in ["s-0000.html", "class-summary.html"] {
            let html = try String(contentsOf: out.appendingPathComponent(page), encoding: .utf8)
            #expect(html.contains("<img src=\"\(mark)\" alt=\"\""), "\(page)")
        }
        let listing = try CLI.tool(
            "python3",
            [
                "-c", "import sys, zipfile; print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))",
                out.appendingPathComponent("reports.zip").path,
            ]
        ).stdout
        #expect(listing.split(separator: "\n").filter { $0 == mark }.count == 1, "\(listing)")
    }
}

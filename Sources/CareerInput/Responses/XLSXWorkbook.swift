import Foundation
import ZIPFoundation

/// The first worksheet of an XLSX workbook as a grid of cell texts, read from the workbook's zip
/// and its XML (Office Open XML, ECMA-376 part 1): shared strings, inline strings, numbers.
///
/// Every failure is an ``InputError`` naming the file (and the part and line of broken XML)
/// and what to do.
struct XLSXWorkbook {
    /// The workbook's path as the user gave it.
    let path: String
    /// The first sheet's cells by 1-based row, then 1-based column.
    let rows: [Int: [Int: XLSXCell]]

    /// No part of a form's export is anywhere near this; more is a mistake or a zip bomb.
    static let partSizeCap = 64 << 20

    /// Opens the workbook at `path` and reads its first worksheet.
    init(path: String) throws(InputError) {
        self.path = path
        // A missing file or a folder gets the same messages as every other input.
        let handle = try InputFile.open(path, what: "XLSX")
        try? handle.close()
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw InputError(
                file: path,
                message:
                    "the file is not an XLSX workbook (it is not a zip archive); in Microsoft Forms choose 'Open in Excel' and give the .xlsx file it downloads"
            )
        }
        let sheetPath = try Self.firstSheetPath(in: archive, path: path)
        guard let sheet = try Self.part(sheetPath, of: archive, path: path) else {
            throw InputError(
                file: path,
                message:
                    "the workbook has no worksheet (\(sheetPath) is missing); save it again from Excel or export the form again"
            )
        }
        var shared: [String] = []
        if let strings = try Self.part("xl/sharedStrings.xml", of: archive, path: path) {
            shared = try XLSXParts.sharedStrings(strings, name: "\(path):xl/sharedStrings.xml")
        }
        rows = try XLSXParts.cells(sheet, sharedStrings: shared, name: "\(path):\(sheetPath)")
    }

    /// The part path of the workbook's first sheet, from `xl/workbook.xml` and its relationships;
    /// `xl/worksheets/sheet1.xml` when the workbook does not say.
    private static func firstSheetPath(in archive: Archive, path: String) throws(InputError) -> String {
        let fallback = "xl/worksheets/sheet1.xml"
        guard let workbook = try part("xl/workbook.xml", of: archive, path: path),
            let relations = try part("xl/_rels/workbook.xml.rels", of: archive, path: path)
        else {
            guard archive[fallback] != nil else {
                throw InputError(
                    file: path,
                    message:
                        "the zip holds no workbook (xl/workbook.xml is missing), so it is not an XLSX file; in Microsoft Forms choose 'Open in Excel' and give the .xlsx file it downloads"
                )
            }
            return fallback
        }
        let relationID = try XLSXParts.firstSheetRelation(workbook, name: "\(path):xl/workbook.xml")
        let targets = try XLSXParts.relationTargets(relations, name: "\(path):xl/_rels/workbook.xml.rels")
        guard let relationID, let target = targets[relationID] else {
            throw InputError(
                file: path,
                message: "the workbook has no worksheet; save it again from Excel or export the form again")
        }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    /// The bytes of the part named `name`, or `nil` when the zip has no such part.
    private static func part(_ name: String, of archive: Archive, path: String) throws(InputError) -> Data? {
        guard let entry = archive[name] else { return nil }
        guard entry.uncompressedSize <= UInt64(partSizeCap) else {
            throw InputError(
                file: path, message: "\(name) is larger than \(partSizeCap >> 20) MB, which no form export is")
        }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        } catch {
            throw InputError(
                file: path, message: "\(name) can't be unpacked (\(error)); the file is damaged, download it again")
        }
        return data
    }
}

/// A worksheet cell's value: text, or a number (which may be a date serial).
enum XLSXCell: Sendable, Equatable {
    case text(String)
    case number(Double)

    /// The value as text: a number in its shortest form (`3`, not `3.0`).
    var text: String {
        switch self {
        case .text(let text): text
        case .number(let number):
            number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        }
    }
}

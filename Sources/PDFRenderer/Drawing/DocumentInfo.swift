internal import CHaru
import Foundation
import ReportDocument

/// Writes the PDF's document information: title, subject, author, creator, producer and,
/// only when the options give one, the creation and modification dates.
enum DocumentInfo {
    static func write(_ metadata: DocumentMetadata, options: PDFOptions, to document: HaruDocument) throws(PDFError) {
        try document.setInfo(HPDF_INFO_TITLE, metadata.title, "title")
        try document.setInfo(HPDF_INFO_SUBJECT, metadata.subject, "subject")
        try document.setInfo(HPDF_INFO_AUTHOR, metadata.author, "author")
        try document.setInfo(HPDF_INFO_CREATOR, options.producer, "creator")
        try document.setInfo(HPDF_INFO_PRODUCER, options.producer, "producer")
        if let date = options.creationDate {
            let pdfDate = haruDate(date)
            try document.setInfoDate(HPDF_INFO_CREATION_DATE, pdfDate, "creation date")
            try document.setInfoDate(HPDF_INFO_MOD_DATE, pdfDate, "modification date")
        }
    }

    /// `date` in UTC, as libharu wants it.
    private static func haruDate(_ date: Date) -> HPDF_Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return HPDF_Date(
            year: Int32(parts.year ?? 1970), month: Int32(parts.month ?? 1), day: Int32(parts.day ?? 1),
            hour: Int32(parts.hour ?? 0), minutes: Int32(parts.minute ?? 0), seconds: Int32(parts.second ?? 0),
            ind: CChar(UInt8(ascii: "Z")), off_hour: 0, off_minutes: 0)
    }
}

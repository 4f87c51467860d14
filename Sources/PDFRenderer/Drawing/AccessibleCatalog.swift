internal import CHaru
import ReportDocument

/// Writes what the catalog of a tagged PDF/UA-1 file holds besides its pages: the structure
/// tree root, /MarkInfo (the file is tagged), /Lang (the template's language),
/// /ViewerPreferences (viewers show the title, not the file name) and the XMP metadata that
/// names the title and claims PDF/UA-1.
enum AccessibleCatalog {
    static func write(
        structureRoot: HPDF_Dict, metadata: DocumentMetadata, producer: String, objects: HaruObjects
    ) throws(PDFError) {
        let catalog = try objects.document.require(charu_catalog(objects.document.handle), objects.operation)
        charu_declare_pdf_17(objects.document.handle)
        try objects.set("StructTreeRoot", structureRoot, in: catalog)
        let markInfo = try objects.dictionary()
        try objects.setTrue("Marked", in: markInfo)
        try objects.set("MarkInfo", markInfo, in: catalog)
        if !metadata.language.isEmpty { try objects.set("Lang", text: metadata.language, in: catalog) }
        let preferences = try objects.dictionary()
        try objects.setTrue("DisplayDocTitle", in: preferences)
        try objects.set("ViewerPreferences", preferences, in: catalog)
        let packet = XMPMetadata(title: metadata.title, language: metadata.language, producer: producer).packet
        let stream = try objects.stream(Array(packet.utf8))
        try objects.set("Type", name: "Metadata", in: stream)
        try objects.set("Subtype", name: "XML", in: stream)
        try objects.set("Metadata", stream, in: catalog)
    }
}

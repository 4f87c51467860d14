/// The XMP metadata packet of a PDF/UA-1 file: its title (dc:title, which PDF/UA requires
/// besides the document information), its language, the producer and the PDF/UA
/// identification (pdfuaid:part 1). Written uncompressed, as XMP readers expect.
struct XMPMetadata {
    /// The document's title.
    var title: String
    /// Its BCP 47 language tag; empty for none.
    var language: String
    /// The program that wrote it.
    var producer: String

    /// The packet, UTF-8 XML, without indentation (it is stored uncompressed).
    var packet: String {
        let language =
            language.isEmpty
            ? "" : "<dc:language><rdf:Bag><rdf:li>" + Self.escaped(language) + "</rdf:li></rdf:Bag></dc:language>"
        return """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">\(Self.escaped(title))</rdf:li></rdf:Alt></dc:title>\(language)
            <pdf:Producer>\(Self.escaped(producer))</pdf:Producer><pdfuaid:part>1</pdfuaid:part>
            </rdf:Description></rdf:RDF></x:xmpmeta>
            <?xpacket end="r"?>
            """
    }

    /// `text` with the characters XML gives a meaning escaped.
    private static func escaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

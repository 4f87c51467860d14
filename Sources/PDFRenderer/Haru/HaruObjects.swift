internal import CHaru

/// The PDF objects of one ``HaruDocument`` that libharu has no API for (the structure tree,
/// the catalog's accessibility entries, XMP metadata), built from its exported dictionary,
/// array and stream functions. Every call is checked; a failure throws a ``PDFError`` for the
/// operation given.
struct HaruObjects {
    /// The document the objects belong to.
    let document: HaruDocument
    /// What is being written, for errors.
    let operation: String

    /// A new dictionary, to be added to exactly one dictionary.
    func dictionary() throws(PDFError) -> HPDF_Dict {
        try document.require(HPDF_Dict_New(charu_mmgr(document.handle)), operation)
    }

    /// A new indirect dictionary whose entries are `entries`, written as they are.
    func writtenDictionary(_ entries: PDFEntries) throws(PDFError) -> HPDF_Dict {
        try document.require(
            entries.bytes.withUnsafeBufferPointer {
                charu_new_written_dict(document.handle, $0.baseAddress, HPDF_UINT($0.count))
            }, operation)
    }

    /// Replaces the entries of a dictionary made by ``writtenDictionary(_:)``.
    func setEntries(_ entries: PDFEntries, of dict: HPDF_Dict) throws(PDFError) {
        try document.check(
            entries.bytes.withUnsafeBufferPointer {
                charu_set_written_entries(dict, $0.baseAddress, HPDF_UINT($0.count))
            },
            operation)
    }

    /// A new stream (an indirect dictionary with data) holding `bytes` as they are.
    func stream(_ bytes: [UInt8]) throws(PDFError) -> HPDF_Dict {
        let dict = try document.require(
            HPDF_DictStream_New(charu_mmgr(document.handle), charu_xref(document.handle)), operation)
        try document.check(HPDF_Stream_Write(dict.pointee.stream, bytes, HPDF_UINT(bytes.count)), operation)
        return dict
    }

    /// A text string: UTF-16 when `text` has characters outside ASCII.
    func string(_ text: String) throws(PDFError) -> HPDF_String {
        try document.require(
            HPDF_String_New(charu_mmgr(document.handle), text, try document.encoder(for: text)), operation)
    }

    /// Sets `key` of `dict` to `value` (an object made here, a page or an annotation).
    func set(_ key: String, _ value: UnsafeMutableRawPointer, in dict: HPDF_Dict) throws(PDFError) {
        try document.check(HPDF_Dict_Add(dict, key, value), operation)
    }

    /// Sets `key` of `dict` to the name `name`.
    func set(_ key: String, name: String, in dict: HPDF_Dict) throws(PDFError) {
        try document.check(HPDF_Dict_AddName(dict, key, name), operation)
    }

    /// Sets `key` of `dict` to the whole number `number`.
    func set(_ key: String, number: Int, in dict: HPDF_Dict) throws(PDFError) {
        try document.check(HPDF_Dict_AddNumber(dict, key, HPDF_INT32(number)), operation)
    }

    /// Sets `key` of `dict` to true.
    func setTrue(_ key: String, in dict: HPDF_Dict) throws(PDFError) {
        try document.check(HPDF_Dict_AddBoolean(dict, key, HPDF_TRUE), operation)
    }

    /// Sets `key` of `dict` to the text string `text`.
    func set(_ key: String, text: String, in dict: HPDF_Dict) throws(PDFError) {
        try set(key, try string(text), in: dict)
    }
}

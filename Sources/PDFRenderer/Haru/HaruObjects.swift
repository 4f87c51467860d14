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

    /// A new dictionary; an `indirect` one is written as an object of its own that others
    /// refer to, any other must be added to exactly one dictionary or array.
    func dictionary(indirect: Bool = false) throws(PDFError) -> HPDF_Dict {
        let dict = try document.require(HPDF_Dict_New(charu_mmgr(document.handle)), operation)
        if indirect { try document.check(HPDF_Xref_Add(charu_xref(document.handle), dict), operation) }
        return dict
    }

    /// A new stream (an indirect dictionary with data) holding `bytes` as they are.
    func stream(_ bytes: [UInt8]) throws(PDFError) -> HPDF_Dict {
        let dict = try document.require(
            HPDF_DictStream_New(charu_mmgr(document.handle), charu_xref(document.handle)), operation)
        try document.check(HPDF_Stream_Write(dict.pointee.stream, bytes, HPDF_UINT(bytes.count)), operation)
        return dict
    }

    /// A new empty array.
    func array() throws(PDFError) -> HPDF_Array {
        try document.require(HPDF_Array_New(charu_mmgr(document.handle)), operation)
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

    /// Appends `value` to `array`.
    func append(_ value: UnsafeMutableRawPointer, to array: HPDF_Array) throws(PDFError) {
        try document.check(HPDF_Array_Add(array, value), operation)
    }

    /// Appends the whole number `number` to `array`.
    func append(number: Int, to array: HPDF_Array) throws(PDFError) {
        try document.check(HPDF_Array_AddNumber(array, HPDF_INT32(number)), operation)
    }
}

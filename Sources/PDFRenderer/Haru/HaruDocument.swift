internal import CHaru

/// One libharu document handle (`HPDF_Doc`), freed in `deinit`, which renders one PDF at a time
/// and can be started again for the next (see ``PDFCaches/withDocument(_:)``).
///
/// A document started again keeps the fonts loaded into it as *kept* fonts (libharu clears
/// only their used-glyph marks), so each is parsed once per handle, not once per report;
/// fonts loaded for one document only are freed when it is finished.
///
/// Every libharu call made through the wrappers is checked; a failure becomes a ``PDFError``
/// naming the operation, and the document's sticky error state is reset. `@unchecked
/// Sendable`: a handle is used by one render at a time, which ``PDFCaches/withDocument(_:)`` ensures.
final class HaruDocument: @unchecked Sendable {
    /// The libharu handle; valid until `deinit`.
    let handle: HPDF_Doc
    private let errors: HaruErrorBox
    private let compressor: FlateCompressor
    /// True until the handle's first document is finished (HPDF_New starts one).
    private var isNew = true
    /// The names of the kept fonts, by file and subset tag.
    private var keptFonts: [KeptFont: String] = [:]
    /// Fonts loaded for the current document only.
    private var documentFonts: [HPDF_FontDef] = []
    /// Encodings registered for the current document only.
    private var documentEncodings: [HPDF_Encoder] = []

    /// Creates an empty document with full compression and no pages; text outside ASCII is
    /// written with libharu's UTF-8 encoder, which is set up only when such text comes.
    init() throws(PDFError) {
        compressor = try FlateCompressor()
        let box = HaruErrorBox()
        guard let handle = HPDF_New(haruErrorHandler, Unmanaged.passUnretained(box).toOpaque()) else {
            throw PDFError(operation: "create document", reason: .outOfMemory)
        }
        self.handle = handle
        self.errors = box
        try check(HPDF_SetCompressionMode(handle, UInt32(HPDF_COMP_ALL)), "set compression")
        try check(HPDF_UseUTFEncodings(handle), "enable UTF-8 encodings")
    }

    /// Starts an empty document; the fonts kept so far stay loaded.
    func start() throws(PDFError) {
        errors.reset()
        HPDF_ResetError(handle)
        if !isNew { try check(HPDF_NewDoc(handle), "create document") }
    }

    /// Frees the pages and objects of the current document and the fonts loaded for it alone.
    func finish() {
        HPDF_FreeDoc(handle)
        for font in documentFonts { charu_forget_font_def(handle, font) }
        for encoding in documentEncodings { charu_forget_encoding(handle, encoding) }
        documentFonts = []
        documentEncodings = []
        isNew = false
    }

    /// What a kept font is found again by.
    private struct KeptFont: Hashable {
        var file: String
        var tag: String
    }

    /// Registers `encoding` for the current document, under ``NamedEncoding/name``.
    func register(_ encoding: NamedEncoding) throws(PDFError) {
        let characters = encoding.characters.map { HPDF_UNICODE($0.value) }
        documentEncodings.append(
            try require(
                charu_register_named_encoding(
                    handle, NamedEncoding.name, characters, HPDF_UINT(characters.count), NamedEncoding.firstCode),
                "register the document's encoding"))
    }

    /// Loads the TrueType font `bytes` (cut from `file`, which names it in errors), embedded
    /// under the subset `tag` (see ``SubsetTag``), and returns libharu's name for it. A `kept`
    /// font stays loaded for the documents after this one (the same file and tag find it
    /// again); any other is freed when the document is finished.
    func loadFont(_ bytes: [UInt8], from file: String, tag: String, kept: Bool) throws(PDFError) -> String {
        if kept, let name = keptFonts[KeptFont(file: file, tag: tag)] { return name }
        let loaded = try require(
            bytes.withUnsafeBufferPointer { buffer in
                charu_load_truetype_from_memory(handle, buffer.baseAddress, HPDF_UINT(buffer.count), tag)
            }, "load font \(file)")
        let name = String(cString: loaded)
        if kept {
            keptFonts[KeptFont(file: file, tag: tag)] = name
        } else {
            documentFonts.append(try require(HPDF_GetFontDef(handle, name), "load font \(file)"))
        }
        return name
    }

    /// The encoder for a title or other string outside the page content: `nil` (the bytes as
    /// they are) for ASCII, else libharu's UTF-8 encoder, which writes UTF-16. Setting that
    /// encoder up fills 65,536-entry tables, so ASCII text, the common case, avoids it.
    func encoder(for text: String) throws(PDFError) -> HPDF_Encoder? {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        return try require(HPDF_GetEncoder(handle, "UTF-8"), "get UTF-8 encoder")
    }

    deinit {
        HPDF_Free(handle)
    }

    /// Throws a ``PDFError`` for `operation` unless `status` is `HPDF_OK`.
    func check(_ status: HPDF_STATUS, _ operation: @autoclosure () -> String) throws(PDFError) {
        if status != HPDF_STATUS(HPDF_OK) { throw failure(operation()) }
    }

    /// Returns `value`, or throws a ``PDFError`` for `operation` when libharu returned NULL.
    func require<Value>(_ value: Value?, _ operation: @autoclosure () -> String) throws(PDFError) -> Value {
        guard let value else { throw failure(operation()) }
        return value
    }

    /// Throws for `operation` when libharu recorded an error during calls that return no status
    /// (text measurement, glyph lookup).
    func checkRecordedError(_ operation: @autoclosure () -> String) throws(PDFError) {
        if errors.status != 0 || HPDF_GetError(handle) != 0 { throw failure(operation()) }
    }

    /// The error libharu recorded, as a ``PDFError`` for `operation`; resets the sticky state.
    private func failure(_ operation: String) -> PDFError {
        let status = errors.status != 0 ? errors.status : HPDF_GetError(handle)
        let detail = errors.status != 0 ? errors.detail : HPDF_GetErrorDetail(handle)
        HPDF_ResetError(handle)
        errors.reset()
        return PDFError(operation: operation, reason: .libharu(code: UInt(status), detail: UInt(detail)))
    }

    /// Adds a page of `width` x `height` points at the end of the document.
    func addPage(width: Double, height: Double) throws(PDFError) -> HaruPage {
        let page = try require(HPDF_AddPage(handle), "add page")
        try check(HPDF_Page_SetWidth(page, Float(width)), "set page width")
        try check(HPDF_Page_SetHeight(page, Float(height)), "set page height")
        return HaruPage(handle: page, document: self)
    }

    /// Sets a text entry of the document information (title, author ...).
    func setInfo(_ attribute: HPDF_InfoType, _ value: String, _ name: String) throws(PDFError) {
        guard !value.isEmpty else { return }
        if try encoder(for: value) != nil, HPDF_GetCurrentEncoder(handle) == nil {
            try check(HPDF_SetCurrentEncoder(handle, "UTF-8"), "select the UTF-8 encoder")
        }
        try check(HPDF_SetInfoAttr(handle, attribute, value), "set document \(name)")
    }

    /// Sets a date entry of the document information.
    func setInfoDate(_ attribute: HPDF_InfoType, _ date: HPDF_Date, _ name: String) throws(PDFError) {
        try check(HPDF_SetInfoDateAttr(handle, attribute, date), "set document \(name)")
    }

    /// Compresses the contents of `pages` with libdeflate (see ``FlateCompressor``); libharu
    /// writes them as they are. Call when the pages are drawn.
    func compress(_ pages: [HaruPage]) throws(PDFError) {
        for page in pages {
            let contents = try require(charu_page_contents(page.handle), "compress the page contents")
            var bytes = [UInt8](repeating: 0, count: Int(charu_stream_size(contents)))
            guard !bytes.isEmpty else { continue }
            try check(charu_copy_stream(contents, &bytes), "compress the page contents")
            let deflated = bytes.withUnsafeBytes { compressor.zlib($0) }
            try check(
                charu_set_deflated_stream(contents, deflated, HPDF_UINT(deflated.count)), "compress the page contents")
        }
    }

    /// Embeds `file`, a TrueType file cut down to what this document draws, as the font file of
    /// the simple font `font`, compressed with libdeflate.
    func embed(_ file: [UInt8], in font: HaruFont) throws(PDFError) {
        let deflated = file.withUnsafeBytes { compressor.zlib($0) }
        try check(
            charu_embed_font_file(font.handle, deflated, HPDF_UINT(deflated.count), HPDF_UINT(file.count)),
            "embed font \(font.name)")
    }

    /// Replaces the ToUnicode CMap libharu wrote for the UTF-8 font `font` with `map`.
    func setToUnicode(_ map: ToUnicodeMap, of font: HaruFont) throws(PDFError) {
        let program = map.program
        try check(
            charu_set_to_unicode(font.handle, program, HPDF_UINT(program.count)), "map font \(font.name) to Unicode")
    }

    /// The operation a failed save is reported under.
    static let saveOperation = "write the PDF"

    /// Writes the document and returns the PDF file's bytes.
    func save() throws(PDFError) -> [UInt8] {
        try check(HPDF_SaveToStream(handle), Self.saveOperation)
        let size = Int(HPDF_GetStreamSize(handle))
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            var chunk = HPDF_UINT32(size - filled)
            let status = bytes.withUnsafeMutableBufferPointer { buffer in
                HPDF_ReadFromStream(handle, buffer.baseAddress! + filled, &chunk)
            }
            filled += Int(chunk)
            if status == HPDF_STATUS(HPDF_STREAM_EOF) {
                HPDF_ResetError(handle)
                errors.reset()
                break
            }
            try check(status, "read the written PDF")
            if chunk == 0 { break }
        }
        return Array(bytes.prefix(filled))
    }
}

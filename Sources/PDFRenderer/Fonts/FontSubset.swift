internal import CHarfBuzz

extension FontFile {
    /// Tables left out of subsets: libharu reads none of them, and dropping the layout tables
    /// also stops HarfBuzz from keeping glyphs that only substitutions reach.
    private static let droppedTables = ["GSUB", "GPOS", "GDEF", "kern", "hdmx", "VDMX", "LTSH", "gasp", "DSIG"]

    /// The font cut down with HarfBuzz to the glyphs of `characters`, as TrueType file bytes.
    ///
    /// The subset keeps `.notdef`, every glyph the characters' glyphs are built from (nested
    /// composites too), and the tables libharu reads: `head`, `hhea`, `maxp`, `OS/2`, `name`,
    /// `post`, `cmap`, `hmtx`, `loca`, `glyf`. Hinting is dropped; glyph ids are renumbered
    /// (libharu finds glyphs through the subset's own `cmap`). The same characters always give
    /// the same bytes.
    func subset(keeping characters: some Sequence<Unicode.Scalar>) throws(PDFError) -> [UInt8] {
        let operation = "subset font \(path)"
        guard let input = hb_subset_input_create_or_fail() else {
            throw PDFError(operation: operation, reason: .outOfMemory)
        }
        defer { hb_subset_input_destroy(input) }
        let unicodes = hb_subset_input_unicode_set(input)
        for character in characters { hb_set_add(unicodes, character.value) }
        let dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for table in Self.droppedTables { hb_set_add(dropped, Self.tag(table)) }
        // Of the names, libharu reads only the style (2) and PostScript name (6); the rest
        // (copyright, licence, family ...) would be written into every PDF for no reader.
        let names = hb_subset_input_set(input, HB_SUBSET_SETS_NAME_ID)
        hb_set_clear(names)
        for id: hb_codepoint_t in [2, 6] { hb_set_add(names, id) }
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING.rawValue)
        guard let subset = hb_subset_or_fail(face, input) else {
            throw PDFError(operation: operation, reason: .subsetFailed)
        }
        defer { hb_face_destroy(subset) }
        try Self.addControlProgram(to: subset, operation: operation)
        let blob = hb_face_reference_blob(subset)
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else {
            throw PDFError(operation: operation, reason: .outOfMemory)
        }
        return [UInt8](UnsafeRawBufferPointer(start: data, count: Int(length)))
    }

    /// Gives the subset a one-instruction `prep` table (the hinting control program).
    ///
    /// Without hinting, HarfBuzz leaves `prep` out. libharu 2.3.0 then writes it as an empty
    /// table at the very end of the font it embeds, and when the tables before it fill its
    /// 4,096-byte buffers exactly, seeking there fails and the PDF cannot be saved (0x1033:
    /// about one document in 800). `SVTCA[y]` (0x00) sets the vectors to the y axis: it changes
    /// nothing without other instructions.
    private static func addControlProgram(to subset: OpaquePointer, operation: String) throws(PDFError) {
        let program: [CChar] = [0x00]
        let blob = hb_blob_create(program, 1, HB_MEMORY_MODE_DUPLICATE, nil, nil)
        defer { hb_blob_destroy(blob) }
        guard hb_face_builder_add_table(subset, tag("prep"), blob) != 0 else {
            throw PDFError(operation: operation, reason: .outOfMemory)
        }
    }
}

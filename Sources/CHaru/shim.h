#ifndef CAREERREPORT_CHARU_SHIM_H
#define CAREERREPORT_CHARU_SHIM_H
// libharu 2.3.0 (Debian libhpdf-dev) ships no pkg-config file; the headers are in /usr/include.
// The helpers below use libharu's private structures: libharu_internals.h lists them and stops
// the build on another libharu version.
#include "libharu_internals.h"
#include <string.h>

/// The TrueType attributes of a font definition, or NULL for any other kind of font.
static inline HPDF_TTFontDefAttr charu_truetype_attr(HPDF_FontDef def) {
    if (def == NULL || def->type != HPDF_FONTDEF_TYPE_TRUETYPE) return NULL;
    return (HPDF_TTFontDefAttr)def->attr;
}

/// The number of glyphs in a TrueType font definition; 0 for other fonts.
static inline HPDF_UINT16 charu_glyph_count(HPDF_FontDef def) {
    HPDF_TTFontDefAttr attr = charu_truetype_attr(def);
    return attr == NULL ? 0 : attr->num_glyphs;
}

/// Makes libharu's own subsetter keep glyph `gid`. It marks only glyphs drawn and their direct
/// components, missing nested components and ids above 32767 (accents vanish, ideographs
/// render blank); the renderer marks every glyph of its already cut-down fonts instead.
static inline void charu_mark_glyph_used(HPDF_FontDef def, HPDF_UINT16 gid) {
    HPDF_TTFontDefAttr attr = charu_truetype_attr(def);
    if (attr == NULL || gid >= attr->num_glyphs) return;
    attr->glyph_tbl.flgs[gid] = 1;
}

/// Loads a TrueType font held in memory into `pdf`, embedded under the six-letter subset
/// `tag` (chosen by the caller, unique in the document), and returns its name (with the tag:
/// `BQXKTM+DejaVuSans`, the name to pass to HPDF_GetFont), or NULL with the
/// error recorded in `pdf`. libharu 2.3.0 can load fonts only from files; this builds its font
/// definition from a memory stream through the exported internal API instead, so no file or
/// descriptor is needed. The stream (a copy of `data`) belongs to the definition and is freed
/// with the document.
static inline const char *charu_load_truetype_from_memory(
    HPDF_Doc pdf, const HPDF_BYTE *data, HPDF_UINT size, const char *tag) {
    if (!HPDF_HasDoc(pdf) || data == NULL || size == 0 || tag == NULL) return NULL;
    // One byte of slack: libharu seeks to the very end of the data when it reads an empty last
    // glyph, which a stream of exactly `size` bytes refuses.
    HPDF_Stream stream = HPDF_MemStream_New(pdf->mmgr, size + 1);
    if (stream == NULL) return NULL;
    if (HPDF_Stream_Write(stream, data, size) != HPDF_OK) {
        HPDF_Stream_Free(stream);
        return NULL;
    }
    HPDF_FontDef def = HPDF_TTFontDef_Load(pdf->mmgr, stream, HPDF_TRUE);
    if (def == NULL) return NULL;
    HPDF_TTFontDef_SetTagName(def, (char *)tag);
    // Register the definition under its tagged name (`BQXKTM+DejaVuSans`), so that two
    // subsets of one file (a WinAnsi one and a UTF-8 one) can live in the same document.
    HPDF_TTFontDefAttr attr = (HPDF_TTFontDefAttr)def->attr;
    HPDF_StrCpy(def->base_font, attr->base_font, def->base_font + HPDF_LIMIT_MAX_NAME_LEN);
    if (HPDF_Doc_RegisterFontDef(pdf, def) != HPDF_OK) return NULL;
    return def->base_font;
}

/// The error libharu recorded in `error`, or HPDF_INVALID_OBJECT when a call failed without
/// recording one.
static inline HPDF_STATUS charu_recorded_error(HPDF_Error error) {
    HPDF_STATUS code = HPDF_Error_GetCode(error);
    return code != HPDF_OK ? code : HPDF_INVALID_OBJECT;
}

/// Writes the /Filter entry of a stream whose data is already deflated (libharu removes a
/// /Filter it did not apply itself, and would compress the data again).
static HPDF_STATUS charu_write_flate_filter(HPDF_Dict dict, HPDF_Stream stream) {
    (void)dict;
    return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

/// The stream `page` draws into: its operators, written as libharu's page functions are called.
static inline HPDF_Dict charu_page_contents(HPDF_Page page) {
    if (page == NULL || page->attr == NULL) return NULL;
    return ((HPDF_PageAttr)page->attr)->contents;
}

/// Gives the simple TrueType font `font` the font descriptor libharu makes when saving, with
/// `data` (`size` bytes: a zlib stream of a TrueType file of `length1` bytes) as its embedded
/// font file. libharu then neither rewrites the font (reading it four bytes at a time) nor
/// compresses it. Call once per font definition and document, before saving.
static inline HPDF_STATUS charu_embed_font_file(
    HPDF_Font font, const HPDF_BYTE *data, HPDF_UINT size, HPDF_UINT length1) {
    if (font == NULL || font->attr == NULL || data == NULL || size == 0) return HPDF_INVALID_OBJECT;
    HPDF_FontAttr font_attr = (HPDF_FontAttr)font->attr;
    HPDF_FontDef def = font_attr->fontdef;
    if (font_attr->type != HPDF_FONT_TRUETYPE || def == NULL || def->descriptor != NULL) return HPDF_INVALID_OBJECT;
    HPDF_TTFontDefAttr def_attr = (HPDF_TTFontDefAttr)def->attr;
    // The entries and their order are those of libharu 2.3.0's CreateDescriptor (hpdf_font_tt.c).
    HPDF_Dict descriptor = HPDF_Dict_New(font->mmgr);
    if (descriptor == NULL) return HPDF_FAILD_TO_ALLOC_MEM;
    HPDF_STATUS status = HPDF_Xref_Add(font_attr->xref, descriptor);
    status += HPDF_Dict_AddName(descriptor, "Type", "FontDescriptor");
    status += HPDF_Dict_AddNumber(descriptor, "Ascent", def->ascent);
    status += HPDF_Dict_AddNumber(descriptor, "Descent", def->descent);
    status += HPDF_Dict_AddNumber(descriptor, "CapHeight", def->cap_height);
    status += HPDF_Dict_AddNumber(descriptor, "Flags", def->flags);
    status += HPDF_Dict_Add(descriptor, "FontBBox", HPDF_Box_Array_New(font->mmgr, def->font_bbox));
    status += HPDF_Dict_AddName(descriptor, "FontName", def_attr->base_font);
    status += HPDF_Dict_AddNumber(descriptor, "ItalicAngle", def->italic_angle);
    status += HPDF_Dict_AddNumber(descriptor, "StemV", def->stemv);
    status += HPDF_Dict_AddNumber(descriptor, "XHeight", def->x_height);
    if (def_attr->char_set) status += HPDF_Dict_AddName(descriptor, "CharSet", def_attr->char_set);
    if (status != HPDF_OK) return charu_recorded_error(font->error);
    HPDF_Dict font_data = HPDF_DictStream_New(font->mmgr, font_attr->xref);
    if (font_data == NULL) return charu_recorded_error(font->error);
    status = HPDF_Stream_Write(font_data->stream, data, size);
    font_data->filter = HPDF_STREAM_FILTER_NONE;
    font_data->write_fn = charu_write_flate_filter;
    status += HPDF_Dict_Add(descriptor, "FontFile2", font_data);
    status += HPDF_Dict_AddNumber(font_data, "Length1", length1);
    status += HPDF_Dict_AddNumber(font_data, "Length2", 0);
    status += HPDF_Dict_AddNumber(font_data, "Length3", 0);
    if (status != HPDF_OK) return charu_recorded_error(font->error);
    def->descriptor = descriptor;
    return HPDF_Dict_Add(font, "FontDescriptor", descriptor);
}

/// The number of bytes written to the stream of `dict`.
static inline HPDF_UINT32 charu_stream_size(HPDF_Dict dict) {
    return dict == NULL || dict->stream == NULL ? 0 : dict->stream->size;
}

/// Copies the charu_stream_size(dict) bytes written to the memory stream of `dict` into `out`,
/// straight from its buffers (libharu's own reads copy byte by byte).
static inline HPDF_STATUS charu_copy_stream(HPDF_Dict dict, HPDF_BYTE *out) {
    if (dict == NULL || dict->stream == NULL || dict->stream->type != HPDF_STREAM_MEMORY) return HPDF_INVALID_STREAM;
    HPDF_MemStreamAttr attr = (HPDF_MemStreamAttr)dict->stream->attr;
    HPDF_UINT32 left = dict->stream->size;
    for (HPDF_UINT i = 0; i < attr->buf->count && left > 0; i++) {
        HPDF_UINT32 count = left < attr->buf_siz ? left : attr->buf_siz;
        memcpy(out, HPDF_List_ItemAt(attr->buf, i), count);
        out += count;
        left -= count;
    }
    return left == 0 ? HPDF_OK : HPDF_INVALID_STREAM;
}

/// Replaces the stream of `dict` with `data`, `size` bytes already compressed as a zlib stream,
/// written as it is under /Filter /FlateDecode (libharu would compress at its fixed level).
static inline HPDF_STATUS charu_set_deflated_stream(HPDF_Dict dict, const HPDF_BYTE *data, HPDF_UINT size) {
    if (dict == NULL || dict->stream == NULL || data == NULL || size == 0) return HPDF_INVALID_STREAM;
    if (dict->write_fn != NULL && dict->write_fn != charu_write_flate_filter) return HPDF_INVALID_OBJECT;
    HPDF_Stream stream = HPDF_MemStream_New(dict->mmgr, size);
    if (stream == NULL) return HPDF_FAILD_TO_ALLOC_MEM;
    HPDF_STATUS status = HPDF_Stream_Write(stream, data, size);
    if (status != HPDF_OK) {
        HPDF_Stream_Free(stream);
        return status;
    }
    HPDF_Stream_Free(dict->stream);
    dict->stream = stream;
    dict->filter = HPDF_STREAM_FILTER_NONE;
    dict->write_fn = charu_write_flate_filter;
    return HPDF_OK;
}

/// True when libharu writes `character` in an encoding's /Differences under a standard glyph
/// name (Lslash, scedilla, uhorn, Alpha ...), so that readers know which character it is.
static inline int charu_has_glyph_name(HPDF_UNICODE character) {
    if (character == 0 || character >= 0xFFFF) return 0;
    const char *name = HPDF_UnicodeToGryphName(character);
    return name != NULL && HPDF_StrCmp(name, ".notdef") != 0;
}

/// Registers in `pdf` a single-byte encoding named `name`: WinAnsiEncoding with the codes from
/// `first_code` on given to the `count` `characters` (written as /Differences by glyph name;
/// each must pass charu_has_glyph_name). Returns it, to be forgotten with the document, or
/// NULL with the error recorded in `pdf`.
static inline HPDF_Encoder charu_register_named_encoding(
    HPDF_Doc pdf, const char *name, const HPDF_UNICODE *characters, HPDF_UINT count, HPDF_BYTE first_code) {
    if (!HPDF_HasDoc(pdf) || name == NULL || count == 0 || first_code + count > 256) return NULL;
    HPDF_Encoder encoder = HPDF_BasicEncoder_New(pdf->mmgr, HPDF_ENCODING_WIN_ANSI);
    if (encoder == NULL) return NULL;
    HPDF_StrCpy(encoder->name, name, encoder->name + HPDF_LIMIT_MAX_NAME_LEN);
    HPDF_BasicEncoderAttr attr = (HPDF_BasicEncoderAttr)encoder->attr;
    for (HPDF_UINT i = 0; i < count; i++) {
        attr->unicode_map[first_code + i] = characters[i];
        attr->differences[first_code + i] = 1;
    }
    attr->has_differences = HPDF_TRUE;
    if (HPDF_Doc_RegisterEncoder(pdf, encoder) != HPDF_OK) {
        HPDF_Encoder_Free(encoder);
        return NULL;
    }
    return encoder;
}

/// Removes an encoding registered with charu_register_named_encoding from `pdf` and frees it.
/// Call only between documents (after HPDF_FreeDoc).
static inline void charu_forget_encoding(HPDF_Doc pdf, HPDF_Encoder encoder) {
    if (!HPDF_Doc_Validate(pdf) || pdf->encoder_list == NULL || encoder == NULL) return;
    if (HPDF_List_Remove(pdf->encoder_list, encoder) == HPDF_OK) HPDF_Encoder_Free(encoder);
}

/// Removes a font definition loaded with charu_load_truetype_from_memory from `pdf` and frees
/// it. Call only between documents (after HPDF_FreeDoc): no font of a live document may use it.
static inline void charu_forget_font_def(HPDF_Doc pdf, HPDF_FontDef def) {
    if (!HPDF_Doc_Validate(pdf) || pdf->fontdef_list == NULL || def == NULL) return;
    if (HPDF_List_Remove(pdf->fontdef_list, def) == HPDF_OK) HPDF_FontDef_Free(def);
}

/// The catalog of the document `pdf` is writing (the PDF's /Root dictionary).
static inline HPDF_Dict charu_catalog(HPDF_Doc pdf) {
    return HPDF_HasDoc(pdf) ? pdf->catalog : NULL;
}

/// The memory manager of `pdf`, which new dictionaries, arrays and strings are made with.
static inline HPDF_MMgr charu_mmgr(HPDF_Doc pdf) {
    return HPDF_HasDoc(pdf) ? pdf->mmgr : NULL;
}

/// The cross-reference table of the document `pdf` is writing: an object added to it is
/// written as an indirect object, which other objects refer to.
static inline HPDF_Xref charu_xref(HPDF_Doc pdf) {
    return HPDF_HasDoc(pdf) ? pdf->xref : NULL;
}

/// Makes the file of the document `pdf` is writing say `%PDF-1.7` (libharu picks 1.3 for each
/// new document; tagged PDF and XMP metadata need a later version).
static inline void charu_declare_pdf_17(HPDF_Doc pdf) {
    if (HPDF_HasDoc(pdf)) pdf->pdf_version = HPDF_VER_17;
}

/// Writes `operators` (`size` bytes, such as a marked-content BDC or EMC) into the content
/// stream of `page` as they are: libharu has no function for them.
static inline HPDF_STATUS charu_write_page_operators(HPDF_Page page, const HPDF_BYTE *operators, HPDF_UINT size) {
    HPDF_Dict contents = charu_page_contents(page);
    if (contents == NULL || contents->stream == NULL || operators == NULL) return HPDF_INVALID_OBJECT;
    return HPDF_Stream_Write(contents->stream, operators, size);
}

/// Replaces the ToUnicode CMap libharu made for the UTF-8 (Type0) font `font` (whose ranges
/// readers reject) with the CMap program `data` (`size` bytes), and drops the entries of
/// libharu's encoding CMap from the stream's dictionary. libharu compresses the stream as it
/// does its own when saving (the descendant font sets its filter then).
static inline HPDF_STATUS charu_set_to_unicode(HPDF_Font font, const HPDF_BYTE *data, HPDF_UINT size) {
    if (font == NULL || font->attr == NULL || data == NULL || size == 0) return HPDF_INVALID_OBJECT;
    HPDF_FontAttr attr = (HPDF_FontAttr)font->attr;
    HPDF_Dict cmap = attr->cmap_stream;
    if (attr->type != HPDF_FONT_TYPE0_TT || cmap == NULL || cmap->stream == NULL) return HPDF_INVALID_OBJECT;
    const char *keys[] = {"Type", "CMapName", "CIDSystemInfo", "WMode"};
    for (unsigned i = 0; i < sizeof keys / sizeof keys[0]; i++) HPDF_Dict_RemoveElement(cmap, keys[i]);
    HPDF_Stream stream = HPDF_MemStream_New(cmap->mmgr, size);
    if (stream == NULL) return HPDF_FAILD_TO_ALLOC_MEM;
    HPDF_STATUS status = HPDF_Stream_Write(stream, data, size);
    if (status != HPDF_OK) {
        HPDF_Stream_Free(stream);
        return status;
    }
    HPDF_Stream_Free(cmap->stream);
    cmap->stream = stream;
    return HPDF_OK;
}
/// Writes the entries of a dictionary made by charu_new_written_dict: the text kept with it.
static HPDF_STATUS charu_write_kept_entries(HPDF_Dict dict, HPDF_Stream stream) {
    return dict->attr == NULL ? HPDF_OK : HPDF_Stream_WriteStr(stream, (const char *)dict->attr);
}

/// Frees the text kept with a dictionary made by charu_new_written_dict.
static void charu_free_kept_entries(HPDF_Dict dict) {
    if (dict->attr != NULL) HPDF_FreeMem(dict->mmgr, dict->attr);
    dict->attr = NULL;
}

static inline HPDF_STATUS charu_set_written_entries(HPDF_Dict dict, const HPDF_BYTE *entries, HPDF_UINT size);

/// A new indirect dictionary of `pdf` whose entries are written as the text `entries` (`size`
/// bytes of PDF syntax such as `/S/P/P 12 0 R/K 3`, copied), or NULL with the error recorded
/// in `pdf`. One object instead of one per entry: the structure tree has dozens of elements,
/// and libharu builds and writes each entry of its own dictionaries on its own.
static inline HPDF_Dict charu_new_written_dict(HPDF_Doc pdf, const HPDF_BYTE *entries, HPDF_UINT size) {
    if (!HPDF_HasDoc(pdf)) return NULL;
    HPDF_Dict dict = HPDF_Dict_New(pdf->mmgr);
    if (dict == NULL) return NULL;
    if (HPDF_Xref_Add(pdf->xref, dict) != HPDF_OK) return NULL;
    return charu_set_written_entries(dict, entries, size) == HPDF_OK ? dict : NULL;
}

/// Replaces the text written as the entries of a dictionary made by charu_new_written_dict.
static inline HPDF_STATUS charu_set_written_entries(HPDF_Dict dict, const HPDF_BYTE *entries, HPDF_UINT size) {
    char *copy = (char *)HPDF_GetMem(dict->mmgr, size + 1);
    if (copy == NULL) return HPDF_FAILD_TO_ALLOC_MEM;
    if (size > 0) HPDF_MemCpy((HPDF_BYTE *)copy, entries, size);
    copy[size] = 0;
    charu_free_kept_entries(dict);
    dict->attr = copy;
    dict->write_fn = charu_write_kept_entries;
    dict->free_fn = charu_free_kept_entries;
    return HPDF_OK;
}

/// The object number of the indirect object `object` (a page, an annotation, a dictionary
/// added to the cross-reference table), for references written as text (`12 0 R`).
static inline HPDF_UINT32 charu_object_number(const void *object) {
    return ((const HPDF_Obj_Header *)object)->obj_id & 0x00FFFFFF;
}
#endif

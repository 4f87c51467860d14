#ifndef CAREERREPORT_CHARU_LIBHARU_INTERNALS_H
#define CAREERREPORT_CHARU_LIBHARU_INTERNALS_H
// Everything of libharu's that is not its documented API but that shim.h and image_shim.h use,
// in one place. libharu installs these headers (Debian libhpdf-dev) and exports the functions,
// but promises nothing about them: a new libharu may move a field and the shim would then write
// into the wrong memory. So the build stops on any version but the one checked, 2.3.0.
//
// Private structures and the fields the helpers read or write:
// - HPDF_Doc (hpdf_doc.h): mmgr, xref, catalog, pdf_version, fontdef_list, encoder_list
//   (charu_load_truetype_from_memory, charu_forget_font_def, charu_forget_encoding,
//   charu_register_named_encoding, charu_require_pdf_1_4, charu_declare_pdf_17, charu_catalog,
//   charu_mmgr, charu_xref, charu_new_written_dict, charu_load_deflated_image).
// - HPDF_FontDef (hpdf_fontdef.h): type, attr, base_font, descriptor, ascent, descent,
//   cap_height, flags, font_bbox, italic_angle, stemv, x_height.
// - HPDF_TTFontDefAttr (hpdf_fontdef.h): num_glyphs, base_font, char_set, and the glyph table
//   flags glyph_tbl.flgs, which libharu's own subsetter reads (charu_mark_glyph_used).
// - HPDF_FontAttr (hpdf_font.h): type, fontdef, xref, cmap_stream; HPDF_Font's mmgr and error
//   (charu_embed_font_file, charu_set_to_unicode).
// - HPDF_PageAttr (hpdf_pages.h): contents (charu_page_contents, charu_write_page_operators).
// - HPDF_Dict (hpdf_objects.h): header.obj_class, header.obj_id, mmgr, stream, filter, attr,
//   write_fn, free_fn (the written-as-it-is dictionaries, fonts and images, the deflated streams).
// - HPDF_Stream and HPDF_MemStreamAttr (hpdf_streams.h): type, size, attr, buf, buf_siz
//   (charu_stream_size, charu_copy_stream).
// - HPDF_Encoder and HPDF_BasicEncoderAttr (hpdf_encoder.h): name, attr, unicode_map,
//   differences, has_differences (charu_register_named_encoding).
//
// A copy of libharu's code: charu_embed_font_file writes the FontDescriptor the way 2.3.0's
// CreateDescriptor (hpdf_font_tt.c) does, keys and order included, so that
// a font file can be embedded that libharu did not subset itself.
//
// Internal functions called: HPDF_MemStream_New, HPDF_Stream_Write, HPDF_Stream_WriteStr,
// HPDF_Stream_Free, HPDF_TTFontDef_Load, HPDF_TTFontDef_SetTagName, HPDF_Doc_RegisterFontDef,
// HPDF_Doc_RegisterEncoder, HPDF_Doc_Validate, HPDF_FontDef_Free, HPDF_BasicEncoder_New,
// HPDF_Encoder_Free, HPDF_UnicodeToGryphName, HPDF_List_ItemAt, HPDF_List_Remove, HPDF_Dict_New,
// HPDF_DictStream_New, HPDF_Dict_Add, HPDF_Dict_AddName, HPDF_Dict_AddNumber,
// HPDF_Dict_RemoveElement, HPDF_Xref_Add, HPDF_Box_Array_New, HPDF_Error_GetCode, HPDF_GetMem,
// HPDF_FreeMem, HPDF_MemCpy, HPDF_StrCpy, HPDF_StrCmp.
//
// To move to another libharu: check each item above against its headers and sources (and the
// descriptor against its CreateDescriptor), run the PDF tests, then change the check below.
#include <hpdf_version.h>
#if HPDF_MAJOR_VERSION != 2 || HPDF_MINOR_VERSION != 3 || HPDF_BUGFIX_VERSION != 0
#error "CareerReport needs libharu 2.3.0: Sources/CHaru reaches into its private structures (listed in Sources/CHaru/libharu_internals.h), and this libharu is another version (HPDF_VERSION_TEXT in hpdf_version.h). Install libharu 2.3.0 (Debian 12: apt-get install libhpdf-dev), or check the listed structures against this version and update the check."
#endif
#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_encoder.h>
#include <hpdf_fontdef.h>
#include <hpdf_list.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>
#include <hpdf_utils.h>
#endif

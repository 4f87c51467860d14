#ifndef CAREERREPORT_CHARU_SHIM_H
#define CAREERREPORT_CHARU_SHIM_H
// libharu 2.3.0 (Debian libhpdf-dev) ships no pkg-config file; the headers are in /usr/include.
#include <hpdf.h>
// Internal libharu headers, installed by libhpdf-dev: glyph lookup and the subsetter's
// per-glyph "used" flags, which the helpers below read and set.
#include <hpdf_fontdef.h>
#include <hpdf_doc.h>

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

/// True when the subsetter will keep glyph `gid` of a TrueType font definition.
static inline HPDF_BOOL charu_glyph_is_used(HPDF_FontDef def, HPDF_UINT16 gid) {
    HPDF_TTFontDefAttr attr = charu_truetype_attr(def);
    if (attr == NULL || gid >= attr->num_glyphs) return HPDF_FALSE;
    return attr->glyph_tbl.flgs[gid] == 1 ? HPDF_TRUE : HPDF_FALSE;
}

/// Makes the subsetter keep glyph `gid` (for components of composite glyphs that
/// libharu 2.3.0 misses: nested components and ids above 32767).
static inline void charu_mark_glyph_used(HPDF_FontDef def, HPDF_UINT16 gid) {
    HPDF_TTFontDefAttr attr = charu_truetype_attr(def);
    if (attr == NULL || gid >= attr->num_glyphs) return;
    attr->glyph_tbl.flgs[gid] = 1;
}
#endif

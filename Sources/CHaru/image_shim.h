#ifndef CAREERREPORT_CHARU_IMAGE_SHIM_H
#define CAREERREPORT_CHARU_IMAGE_SHIM_H
// Pictures: images whose samples are compressed once per run instead of once per document, and
// the PDF version soft masks need. Uses libharu's private structures, like shim.h (listed in
// libharu_internals.h).
#include "libharu_internals.h"
#include <zlib.h>
#include "shim.h"

/// Marks `pdf` as PDF 1.4, the first version with soft masks (image transparency). libharu 2.3.0
/// raises the version for an ExtGState but not for HPDF_Image_AddSMask.
static inline void charu_require_pdf_1_4(HPDF_Doc pdf) {
    if (HPDF_HasDoc(pdf) && pdf->pdf_version < HPDF_VER_14) pdf->pdf_version = HPDF_VER_14;
}

/// An image XObject of `width` x `height` 8-bit samples (DeviceRGB when `color`, else DeviceGray)
/// whose stream is `data`, `size` bytes already compressed as a zlib stream (what FlateDecode
/// reads), copied as it is. Returns NULL with the error recorded in `pdf` on failure.
static inline HPDF_Image charu_load_deflated_image(
    HPDF_Doc pdf, const HPDF_BYTE *data, HPDF_UINT size, HPDF_UINT width, HPDF_UINT height, HPDF_BOOL color) {
    if (!HPDF_HasDoc(pdf) || data == NULL || size == 0) return NULL;
    HPDF_Dict image = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    if (image == NULL) return NULL;
    image->header.obj_class |= HPDF_OSUBCLASS_XOBJECT;
    HPDF_STATUS status = HPDF_Dict_AddName(image, "Type", "XObject");
    status += HPDF_Dict_AddName(image, "Subtype", "Image");
    status += HPDF_Dict_AddNumber(image, "Width", width);
    status += HPDF_Dict_AddNumber(image, "Height", height);
    status += HPDF_Dict_AddName(image, "ColorSpace", color ? "DeviceRGB" : "DeviceGray");
    status += HPDF_Dict_AddNumber(image, "BitsPerComponent", 8);
    if (status != HPDF_OK) return NULL;
    image->filter = HPDF_STREAM_FILTER_NONE;
    image->write_fn = charu_write_flate_filter;
    if (HPDF_Stream_Write(image->stream, data, size) != HPDF_OK) return NULL;
    return image;
}
#endif

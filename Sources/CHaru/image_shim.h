#ifndef CAREERREPORT_CHARU_IMAGE_SHIM_H
#define CAREERREPORT_CHARU_IMAGE_SHIM_H
#include <hpdf.h>
#include <hpdf_doc.h>

/// Marks `pdf` as PDF 1.4, the first version with soft masks (image transparency). libharu 2.3.0
/// raises the version for an ExtGState but not for HPDF_Image_AddSMask.
static inline void charu_require_pdf_1_4(HPDF_Doc pdf) {
    if (HPDF_HasDoc(pdf) && pdf->pdf_version < HPDF_VER_14) pdf->pdf_version = HPDF_VER_14;
}
#endif

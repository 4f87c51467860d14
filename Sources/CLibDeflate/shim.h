#ifndef CAREERREPORT_CLIBDEFLATE_SHIM_H
#define CAREERREPORT_CLIBDEFLATE_SHIM_H
// libdeflate (Debian libdeflate-dev): whole-buffer zlib compression, two to three times faster
// than zlib at the same ratio; used for the PDF's page contents and embedded fonts.
#include <libdeflate.h>
#endif

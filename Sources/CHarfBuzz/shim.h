#ifndef CAREERREPORT_CHARFBUZZ_SHIM_H
#define CAREERREPORT_CHARFBUZZ_SHIM_H
// HarfBuzz's font subsetter (Debian libharfbuzz-dev): cuts a TrueType font down to the glyphs a
// document uses, which makes PDFs smaller and faster to write.
#include <hb.h>
#include <hb-subset.h>
#endif

#ifndef CAREERREPORT_CLIBXML2_SHIM_H
#define CAREERREPORT_CLIBXML2_SHIM_H
// Debian builds libxml2 with ICU; Foundation carries its own ICU, and a module that sees both
// fails a clean build ("'UErrorCode' has different definitions"). Hide libxml2's ICU headers.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>

/// xmlFree is a global function pointer, which Swift 6 rejects; call it through here.
static inline void careerreport_xmlFree(void *pointer) { xmlFree(pointer); }
#endif

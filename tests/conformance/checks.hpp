#pragma once

#include "findings.hpp"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <string>

namespace pdfcheck {

// Every condition of rules() on one parsed file; `raw` is the file's bytes (header, %%EOF).
Findings check_pdf(QPDF& pdf, const std::string& raw);

// The groups check_pdf runs, one file each.
void check_catalog(QPDF& pdf, Findings& out);                      // catalog_checks.cpp
void check_structure(QPDF& pdf, Findings& out);                    // structure_checks.cpp
void check_content(QPDF& pdf, Findings& out);                      // content_checks.cpp
void check_metadata(QPDF& pdf, Findings& out);                     // metadata_checks.cpp
void check_resources(QPDF& pdf, Findings& out);                    // resource_checks.cpp
void check_file(QPDF& pdf, const std::string& raw, Findings& out); // file_checks.cpp

// Small helpers shared by the groups (pdf_helpers.cpp).
std::string name_of(QPDFObjectHandle o); // "/X" → "X"; "" if not a name
std::string text_of(QPDFObjectHandle o); // a text string as UTF-8; "" if not a string
std::string page_label(int index);       // "page 3"
// The standard structure type `s` stands for, through the structure tree's RoleMap.
std::string standard_type(QPDFObjectHandle role_map, const std::string& s);
// The /N of the GTS_PDFA1 output intent's ICC profile; 0 without one (resource_checks.cpp).
int intent_components(QPDF& pdf);

} // namespace pdfcheck

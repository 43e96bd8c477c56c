#include "checks.hpp"

namespace pdfcheck {

Findings check_pdf(QPDF& pdf, const std::string& raw) {
    Findings out;
    check_file(pdf, raw, out);
    check_catalog(pdf, out);
    check_metadata(pdf, out);
    check_structure(pdf, out);
    check_content(pdf, out);
    check_resources(pdf, out);
    return out;
}

} // namespace pdfcheck

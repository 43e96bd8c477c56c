// The restricted copy of a report: the PDF encrypted with AES-256 (PDF 2.0 security handler,
// R6) by libqpdf, with an open password and/or an owner password. A separate file: PDF/A
// forbids encryption, so the archival report itself is never encrypted.
#pragma once

#include <string>
#include <vector>

namespace bp::distribute {

// The encrypted bytes of the PDF at `path`. With an empty `open_password` anyone can open it
// and the owner password restricts changes. Throws bp::OutputError if qpdf cannot read it.
std::vector<unsigned char> restricted_copy(const std::string& path,
                                           const std::string& open_password,
                                           const std::string& owner_password);

} // namespace bp::distribute

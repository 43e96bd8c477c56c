// The restricted copy of a PDF: encrypted with AES-256 (PDF 2.0 security handler, R6) by
// libqpdf, with an open password and a distinct owner password. A separate file: PDF/A
// forbids encryption, so the archival report itself is never encrypted.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace bp::distribute {

// The shortest open password accepted for a restricted copy, in characters (bytes).
constexpr std::size_t kMinOpenPassword = 10;

// The passwords of a restricted copy: who may open it, and who may change it.
struct CopyPasswords {
    std::string open;  // at least kMinOpenPassword characters
    std::string owner; // never equal to `open`
};

// A random owner password (32 hex digits from getrandom(2)), never written anywhere.
std::string random_owner_password();

// The encrypted bytes of the PDF `bytes` (read from `name`, for messages). Printing and
// copying for accessibility stay allowed; changes need the owner password. Throws
// bp::OutputError in the tool's words ("<name>: error: cannot make the restricted copy: …")
// if qpdf cannot read it; qpdf's own warnings are not printed.
// A non-empty `stamp` (ASCII) is written at the foot of every page in 8 pt grey Helvetica,
// marked as an artifact (not part of the tagged content): "Copy for joe@panel.example.org".
std::vector<unsigned char> restricted_copy(const std::string& name,
                                           const std::vector<unsigned char>& bytes,
                                           const CopyPasswords& passwords,
                                           const std::string& stamp = "");

} // namespace bp::distribute

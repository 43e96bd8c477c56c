#include "distribute/restricted_copy.hpp"

#include "core/error.hpp"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <sys/random.h>

#include <cerrno>
#include <cstring>
#include <exception>

namespace bp::distribute {

std::string random_owner_password() {
    unsigned char raw[16];
    std::size_t got = 0;
    while (got < sizeof raw) {
        const ssize_t n = ::getrandom(raw + got, sizeof raw - got, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0)
            throw OutputError(std::string("boardpack: error: no random owner password: ") +
                              std::strerror(errno));
        got += static_cast<std::size_t>(n);
    }
    static const char* hex = "0123456789abcdef";
    std::string s;
    for (unsigned char b : raw) {
        s += hex[b >> 4];
        s += hex[b & 15];
    }
    return s;
}

namespace {

// `text` as a PDF literal string: printable ASCII, with ( ) \\ escaped; anything else '?'.
std::string pdf_literal(const std::string& text) {
    std::string s = "(";
    for (char c : text) {
        if (c == '(' || c == ')' || c == '\\') s += '\\';
        s += (c >= 0x20 && c < 0x7f) ? c : '?';
    }
    return s + ")";
}

// Writes `stamp` at the foot of every page, over the page's own content.
void stamp_pages(QPDF& pdf, const std::string& stamp) {
    for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        QPDFObjectHandle resources = page.getAttribute("/Resources", true);
        if (!resources.isDictionary()) {
            resources = QPDFObjectHandle::newDictionary();
            page.getObjectHandle().replaceKey("/Resources", resources);
        }
        QPDFObjectHandle fonts = resources.getKey("/Font");
        if (!fonts.isDictionary()) {
            fonts = QPDFObjectHandle::newDictionary();
            resources.replaceKey("/Font", fonts);
        }
        fonts.replaceKey("/BPCopyFor",
                         QPDFObjectHandle::parse("<< /Type /Font /Subtype /Type1 /BaseFont "
                                                 "/Helvetica /Encoding /WinAnsiEncoding >>"));
        page.addPageContents(QPDFObjectHandle::newStream(&pdf, "q\n"), true);
        page.addPageContents(
            QPDFObjectHandle::newStream(&pdf, "Q\n/Artifact BMC q 0.45 g BT /BPCopyFor 8 Tf "
                                              "36 14 Td " +
                                                  pdf_literal(stamp) + " Tj ET Q EMC\n"),
            false);
    }
}

} // namespace

std::vector<unsigned char> restricted_copy(const std::string& name,
                                           const std::vector<unsigned char>& bytes,
                                           const CopyPasswords& passwords,
                                           const std::string& stamp) {
    if (passwords.open.size() < kMinOpenPassword || passwords.owner.empty() ||
        passwords.owner == passwords.open)
        throw OutputError("boardpack: error: internal error: weak passwords for " + name);
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile(name.c_str(), reinterpret_cast<const char*>(bytes.data()),
                              bytes.size());
        if (!stamp.empty()) stamp_pages(pdf, stamp);
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setR6EncryptionParameters(passwords.open.c_str(), passwords.owner.c_str(), true,
                                         true, false, false, false, false, qpdf_r3p_full, true);
        writer.write();
        auto buffer = writer.getBufferSharedPointer();
        const unsigned char* data = buffer->getBuffer();
        return std::vector<unsigned char>(data, data + buffer->getSize());
    } catch (const std::exception&) {
        throw OutputError(name + ": error: cannot make the restricted copy: it is not a PDF "
                                 "that can be read");
    }
}

} // namespace bp::distribute

#include "distribute/restricted_copy.hpp"

#include "core/error.hpp"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>

namespace bp::distribute {

std::vector<unsigned char> restricted_copy(const std::string& path,
                                           const std::string& open_password,
                                           const std::string& owner_password) {
    try {
        QPDF pdf;
        pdf.processFile(path.c_str());
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        // Printing, copying for accessibility and extraction stay allowed; changes need the
        // owner password.
        writer.setR6EncryptionParameters(open_password.c_str(), owner_password.c_str(), true, true,
                                         false, false, false, false, qpdf_r3p_full, true);
        writer.write();
        auto buffer = writer.getBufferSharedPointer();
        const unsigned char* data = buffer->getBuffer();
        return std::vector<unsigned char>(data, data + buffer->getSize());
    } catch (const std::exception& e) {
        throw OutputError(path + ": error: cannot write the restricted copy: " + e.what());
    }
}

} // namespace bp::distribute

// pdf-conformance FILE...: checks each PDF against the machine-checkable conditions of
// PDF/UA-1 and PDF/A-2b that apply to boardpack's output (rules.cpp). Prints one line per
// file ("ok" or the count failed) and one line per failure; exit 0 if all pass, 1 if any
// fails, 2 if a file cannot be read. --rules lists the conditions.
#include "checks.hpp"

#include <fstream>
#include <iostream>
#include <iterator>

#include <qpdf/QPDFExc.hh>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: pdf-conformance [--rules] FILE.pdf...\n";
        return 2;
    }
    if (std::string(argv[1]) == "--rules") {
        for (const auto& r : pdfcheck::rules())
            std::cout << r.id << "\t" << r.standard << " " << r.clause << "\t" << r.asks << "\n";
        return 0;
    }
    int status = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string path = argv[i];
        std::ifstream in(path, std::ios::binary);
        const std::string raw((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
        if (!in.good() && !in.eof()) {
            std::cerr << path << ": error: cannot read the file\n";
            return 2;
        }
        try {
            QPDF pdf;
            pdf.setSuppressWarnings(true);
            pdf.processMemoryFile(path.c_str(), raw.data(), raw.size());
            if (pdf.anyWarnings())
                std::cout << path << ": note: qpdf repaired the file while reading it\n";
            const auto findings = pdfcheck::check_pdf(pdf, raw);
            const size_t conditions = pdfcheck::rules().size();
            if (findings.list().empty()) {
                std::cout << "ok   " << path << ": " << conditions
                          << " PDF/UA-1 and PDF/A-2b conditions hold\n";
                continue;
            }
            status = 1;
            std::cout << "FAIL " << path << ": " << findings.list().size() << " failures\n";
            for (const auto& f : findings.list())
                std::cout << "  " << f.rule << ": " << f.message << "\n";
        } catch (const std::exception& e) {
            std::cerr << path << ": error: " << e.what() << "\n";
            return 2;
        }
    }
    return status;
}

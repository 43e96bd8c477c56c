// Every page's content stream, made and compressed on up to four threads: pages are
// independent once their resources have fixed names (resources.cpp), and on a long report
// making and compressing content was half of the PDF time. Only the libharu calls that follow
// stay on one thread.
#include "render/pdf/parts.hpp"

#include "core/error.hpp"

#include <libdeflate.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <memory>
#include <thread>

namespace bp::render::pdf {

namespace {

struct CompressorDeleter {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

// Makes the content of pages first, first + step, … into `out`.
void make_contents(const display::Document& document, const ResourceNames& names, bool compress,
                   std::size_t first, std::size_t step, std::vector<PageBytes>& out) {
    ContentWriter writer;
    std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor;
    if (compress) {
        compressor.reset(libdeflate_alloc_compressor(1)); // the fastest level
        if (!compressor) throw OutputError("PDF output failed: libdeflate could not start");
    }
    for (std::size_t i = first; i < document.pages.size(); i += step) {
        const std::string_view plain = page_content(document, i, names, writer);
        PageBytes& page = out[i];
        if (!compress) {
            page.bytes.assign(plain.begin(), plain.end());
            continue;
        }
        page.bytes.resize(libdeflate_zlib_compress_bound(compressor.get(), plain.size()));
        const std::size_t size = libdeflate_zlib_compress(
            compressor.get(), plain.data(), plain.size(), page.bytes.data(), page.bytes.size());
        if (size == 0)
            throw OutputError("PDF output failed: libdeflate could not compress page " +
                              std::to_string(i + 1));
        page.bytes.resize(size);
        page.bytes.shrink_to_fit();
        page.compressed = true;
    }
}

} // namespace

std::vector<PageBytes> page_contents(const display::Document& document, const ResourceNames& names,
                                     bool compress) {
    std::vector<PageBytes> out(document.pages.size());
    // A thread per 16 pages, at most one per core and four: a short report needs none.
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t threads =
        std::clamp<std::size_t>(document.pages.size() / 16, 1, std::min<std::size_t>(cores, 4));
    std::vector<std::exception_ptr> errors(threads);
    std::vector<std::thread> workers;
    for (std::size_t t = 1; t < threads; ++t)
        workers.emplace_back([&, t] {
            try {
                make_contents(document, names, compress, t, threads, out);
            } catch (...) {
                errors[t] = std::current_exception();
            }
        });
    try {
        make_contents(document, names, compress, 0, threads, out);
    } catch (...) {
        errors[0] = std::current_exception();
    }
    for (auto& w : workers)
        w.join();
    for (const auto& e : errors)
        if (e) std::rethrow_exception(e);
    return out;
}

} // namespace bp::render::pdf

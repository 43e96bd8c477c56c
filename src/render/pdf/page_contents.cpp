// Every page's content stream, made and compressed on up to four threads: pages are
// independent once their resources have fixed names (resources.cpp), and on a long report
// making and compressing content was half of the PDF time. The workers start at once; the
// thread that started them does libharu's own work meanwhile (links, outline) and then helps
// with the pages left. Only that thread calls libharu.
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

} // namespace

ContentJob::ContentJob(const display::Document& document, const ResourceNames& names, bool compress)
    : document_(document), names_(names), compress_(compress), out_(document.pages.size()) {
    // A thread per 16 pages, at most one per core and four: a short report needs none.
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t threads =
        std::clamp<std::size_t>(document.pages.size() / 16, 1, std::min<std::size_t>(cores, 4));
    errors_.resize(threads);
    for (std::size_t t = 1; t < threads; ++t)
        workers_.emplace_back([this, t] { work(t); });
}

ContentJob::~ContentJob() {
    next_ = out_.size(); // nothing more is started
    for (auto& w : workers_)
        w.join();
}

void ContentJob::work(std::size_t slot) {
    try {
        ContentWriter writer;
        std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor;
        if (compress_) {
            compressor.reset(libdeflate_alloc_compressor(1)); // the fastest level
            if (!compressor) throw OutputError("PDF output failed: libdeflate could not start");
        }
        for (std::size_t i = next_++; i < out_.size(); i = next_++) {
            const std::string_view plain = page_content(document_, i, names_, writer);
            PageBytes& page = out_[i];
            if (!compress_) {
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
    } catch (...) {
        errors_[slot] = std::current_exception();
        next_ = out_.size(); // the others stop too
    }
}

std::vector<PageBytes> ContentJob::finish() {
    work(0);
    for (auto& w : workers_)
        w.join();
    workers_.clear();
    for (const auto& e : errors_)
        if (e) std::rethrow_exception(e);
    return std::move(out_);
}

} // namespace bp::render::pdf

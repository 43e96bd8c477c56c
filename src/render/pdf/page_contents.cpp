// Every page's content stream, made and compressed on worker threads while the calling thread
// builds the rest of the PDF in libharu: pages are independent once their resources have fixed
// names (resources.cpp), and on a long report making and compressing content was half of the
// PDF time. Pages are handed out one at a time, so a slow page holds up no other; each page's
// bytes are the same whichever thread makes them.
#include "render/pdf/parts.hpp"

#include "core/error.hpp"

#include <libdeflate.h>

#include <algorithm>
#include <memory>

namespace bp::render::pdf {

namespace {

struct CompressorDeleter {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

// Worker threads to start: the calling thread joins in once it is done with libharu, so one
// fewer than the cores, at most three, and none for a single page.
std::size_t worker_count(std::size_t pages) {
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    return std::min({cores - 1, std::size_t{3}, pages > 1 ? pages - 1 : 0});
}

} // namespace

PageContents::PageContents(const display::Document& document, ResourceNames names,
                           const std::vector<std::vector<ContentMark>>& marks, bool compress,
                           std::function<void(std::size_t)> page_done)
    : document_(document), names_(std::move(names)), marks_(marks), compress_(compress),
      page_done_(std::move(page_done)), out_(document.pages.size()) {
    const std::size_t workers = worker_count(document.pages.size());
    for (std::size_t t = 0; t < workers; ++t)
        workers_.emplace_back([this] { make_pages(); });
}

PageContents::~PageContents() {
    stop_ = true; // after an error on the calling thread: finish the pages in hand only
    join();
}

void PageContents::join() {
    for (auto& w : workers_)
        if (w.joinable()) w.join();
}

void PageContents::make_pages() {
    ContentWriter writer;
    std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor;
    std::size_t page = 0;
    try {
        if (compress_) {
            compressor.reset(libdeflate_alloc_compressor(1)); // the fastest level
            if (!compressor) throw OutputError("PDF output failed: libdeflate could not start");
        }
        while (!stop_ && (page = next_++) < out_.size()) {
            make_page(page, writer, compressor.get());
            if (page_done_) page_done_(page);
        }
    } catch (...) {
        stop_ = true; // no new pages; those already handed out are finished
        std::lock_guard lock(error_mutex_);
        if (!error_ || page < error_page_) {
            error_ = std::current_exception();
            error_page_ = page;
        }
    }
}

void PageContents::make_page(std::size_t index, ContentWriter& writer,
                             libdeflate_compressor* compressor) {
    static const std::vector<ContentMark> untagged;
    const std::string_view plain = page_content(
        document_, index, names_, index < marks_.size() ? marks_[index] : untagged, writer);
    PageBytes& page = out_[index];
    if (!compressor) {
        page.bytes.assign(plain.begin(), plain.end());
        return;
    }
    page.bytes.resize(libdeflate_zlib_compress_bound(compressor, plain.size()));
    const std::size_t size = libdeflate_zlib_compress(compressor, plain.data(), plain.size(),
                                                      page.bytes.data(), page.bytes.size());
    if (size == 0)
        throw OutputError("PDF output failed: libdeflate could not compress page " +
                          std::to_string(index + 1));
    page.bytes.resize(size);
    page.bytes.shrink_to_fit();
    page.compressed = true;
}

std::vector<PageBytes> PageContents::take() {
    make_pages(); // the pages no worker has started yet
    join();
    // The error of the first page that failed, as a single thread would have met it: every page
    // before it was handed out before it, and pages handed out are finished.
    if (error_) std::rethrow_exception(error_);
    return std::move(out_);
}

} // namespace bp::render::pdf

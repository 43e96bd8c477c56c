#include "layout/section_builder.hpp"

#include <stdexcept>

namespace bp::layout {

namespace {
// Each thread is woken only when there is a batch for it: handing sections over one at a time
// cost more in wake-ups than building them on a second core saved.
constexpr std::size_t kFull = 64;   // the builder waits when this many sections are waiting
constexpr std::size_t kRefill = 32; // … and is woken when the queue is down to this
constexpr std::size_t kBatch = 4;   // the paginator, when it has to wait, waits for this many
} // namespace

SectionBuilder::SectionBuilder(const std::vector<model::Section>& sections,
                               std::vector<double> widths, BuildContext& ctx)
    : sections_(sections), widths_(std::move(widths)), ctx_(ctx), worker_([this] { run(); }) {}

SectionBuilder::~SectionBuilder() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    builder_wakes_.notify_one();
    worker_.join();
}

void SectionBuilder::run() {
    if (sections_.empty()) {
        std::lock_guard lock(mutex_);
        done_ = true;
        return;
    }
    for (std::size_t i = 0; i < sections_.size(); ++i) {
        Built built;
        try {
            built.blocks = build_blocks(sections_[i], widths_[i], ctx_);
        } catch (...) {
            built.error = std::current_exception();
        }
        const bool failed = built.error != nullptr;
        std::unique_lock lock(mutex_);
        if (ready_.size() >= kFull)
            builder_wakes_.wait(lock, [&] { return stop_ || ready_.size() <= kRefill; });
        if (stop_) return;
        ready_.push_back(std::move(built));
        done_ = failed || i + 1 == sections_.size();
        if (paginator_waiting_ && (ready_.size() >= kBatch || done_)) paginator_wakes_.notify_one();
        if (failed) return; // as a build here would have stopped
    }
}

std::vector<BlockPtr> SectionBuilder::next() {
    std::unique_lock lock(mutex_);
    if (taken_ == sections_.size() || (done_ && ready_.empty()))
        throw std::logic_error("SectionBuilder::next: every section has been taken");
    if (ready_.empty()) {
        paginator_waiting_ = true;
        paginator_wakes_.wait(
            lock, [&] { return ready_.size() >= kBatch || (done_ && !ready_.empty()); });
        paginator_waiting_ = false;
    }
    Built built = std::move(ready_.front());
    ready_.pop_front();
    ++taken_;
    if (ready_.size() == kRefill) builder_wakes_.notify_one();
    lock.unlock();
    if (built.error) std::rethrow_exception(built.error);
    return std::move(built.blocks);
}

} // namespace bp::layout

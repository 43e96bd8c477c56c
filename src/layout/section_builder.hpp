// Builds the blocks of a report's sections on a second thread, in order and at most a few
// sections ahead of the pagination loop that takes them: building (figures, tables, charts)
// and placing and drawing pages then run side by side.
#pragma once

#include "layout/block_builder.hpp"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace bp::layout {

class SectionBuilder {
public:
    // Starts building `sections[i]` at width `widths[i]`.
    SectionBuilder(const std::vector<model::Section>& sections, std::vector<double> widths,
                   BuildContext& ctx);
    ~SectionBuilder(); // stops building and waits for the thread
    SectionBuilder(const SectionBuilder&) = delete;
    SectionBuilder& operator=(const SectionBuilder&) = delete;

    // The next section's blocks; throws what building that section threw, just as building it
    // here would have (later sections are not built after an error). Throws std::logic_error
    // when every section has been taken (or building stopped at an error already thrown).
    std::vector<BlockPtr> next();

private:
    struct Built {
        std::vector<BlockPtr> blocks;
        std::exception_ptr error;
    };
    void run();

    const std::vector<model::Section>& sections_;
    std::vector<double> widths_;
    BuildContext& ctx_;
    std::mutex mutex_;
    std::condition_variable builder_wakes_;
    std::condition_variable paginator_wakes_;
    std::deque<Built> ready_;
    std::size_t taken_ = 0; // sections handed out by next()
    bool paginator_waiting_ = false;
    bool done_ = false; // every section built, or one failed
    bool stop_ = false;
    std::thread worker_; // last: started once everything above exists
};

} // namespace bp::layout

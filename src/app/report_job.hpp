// Runs the pipeline for one layout: read layout, theme and data, check, lay out, render, and
// write every output atomically. Returns the process exit status.
#pragma once

#include "app/cli_options.hpp"

#include <cstddef>
#include <iosfwd>

namespace bp::app {

// What a successful build made, for callers that report it themselves (`watch`).
struct BuildSummary {
    std::size_t pages = 0;
    std::size_t warnings = 0;
};

int run_build(const CliOptions& options, std::ostream& out, std::ostream& err,
              BuildSummary* summary = nullptr);
int run_check(const CliOptions& options, std::ostream& out, std::ostream& err);

} // namespace bp::app

// Runs the pipeline for one layout: read layout, theme and data, check, lay out, render, and
// write every output atomically. Returns the process exit status.
#pragma once

#include "app/cli_options.hpp"

#include <iosfwd>

namespace bp::app {

int run_build(const CliOptions& options, std::ostream& out, std::ostream& err);
int run_check(const CliOptions& options, std::ostream& out, std::ostream& err);

} // namespace bp::app

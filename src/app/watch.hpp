// `boardpack watch LAYOUT [the options of build]`: builds once, then rebuilds whenever the
// layout, its theme, its data files or a font changes (inotify on their folders, since editors
// replace files by renaming), printing errors as they come and one status line per build. A
// failed build keeps the last good outputs in place: every build goes through run_build, which
// writes atomically.
#pragma once

#include "app/cli_options.hpp"

#include <iosfwd>

namespace bp::app {

// Runs until SIGINT or SIGTERM, then returns 130 or 143; returns 1 if it cannot watch.
int run_watch(const CliOptions& options, std::ostream& out, std::ostream& err);

} // namespace bp::app

// `boardpack init DIR`: writes the starter report (starter_files.hpp) into DIR, which must be
// new or empty. All or nothing: the files are written into a hidden temporary folder first and
// moved into place only when every one is complete.
#pragma once

#include <iosfwd>
#include <string>

namespace bp::app {

// Returns the exit status: 0 done, 1 if DIR is not empty or a file cannot be written (then
// nothing is left behind).
int run_init(const std::string& dir, std::ostream& out, std::ostream& err);

} // namespace bp::app

// `boardpack build LAYOUT --each-area KIND -o 'DIR/{area.id}.pdf'`: the layout built once per
// area of KIND into its own PDF, in one run that reads and checks the data once; every edition
// is written, or none (the earlier set is kept).
#pragma once

#include "app/cli_options.hpp"

#include <iosfwd>
#include <string>

namespace bp::app {

// `text` with {area.id} and {area.name} replaced (the name XML-escaped if `xml`).
std::string with_area(const std::string& text, const std::string& id, const std::string& name,
                      bool xml);

// Builds every edition; returns the exit status.
int run_area_editions(const CliOptions& options, std::ostream& out, std::ostream& err);

} // namespace bp::app

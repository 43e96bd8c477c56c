// The files `boardpack init` writes: a starter layout, theme and data folder that builds at once
// with the project's fonts (two indicators, two areas, a menu, a table and a chart).
#pragma once

#include <string_view>
#include <vector>

namespace bp::app {

// A file of the starter: its path relative to the new folder ("data/values.csv") and its text.
struct StarterFile {
    std::string_view path;
    std::string_view text;
};

const std::vector<StarterFile>& starter_files();

} // namespace bp::app

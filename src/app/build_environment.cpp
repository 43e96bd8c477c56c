#include "app/build_environment.hpp"

#include "app/install_paths.hpp"

namespace bp::app {

text::FontBook font_book(const CliOptions& o, const model::Report& report) {
    std::vector<std::string> dirs = o.font_dirs;
    dirs.push_back(report.base_dir);
    dirs.push_back(install_paths().font_dir);
    return text::FontBook(dirs, o.system_fonts);
}

} // namespace bp::app

#include "app/build_environment.hpp"

#include "app/install_paths.hpp"

#include <charconv>
#include <cstdlib>
#include <string_view>

namespace bp::app {

text::FontBook font_book(const CliOptions& o, const model::Report& report) {
    std::vector<std::string> dirs = o.font_dirs;
    dirs.push_back(report.base_dir);
    dirs.push_back(install_paths().font_dir);
    return text::FontBook(dirs, o.system_fonts);
}

std::optional<long long> source_date_epoch() {
    const char* v = std::getenv("SOURCE_DATE_EPOCH");
    if (!v || !*v) return std::nullopt;
    const std::string_view text(v);
    long long t = 0;
    auto res = std::from_chars(text.data(), text.data() + text.size(), t);
    if (res.ec != std::errc() || res.ptr != text.data() + text.size() || t < 0) return std::nullopt;
    return t;
}

} // namespace bp::app

#include "input/text_checks.hpp"

#include "core/error.hpp"
#include "core/utf8.hpp"

namespace bp::input {

std::string without_bom(std::string text) {
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    return text;
}

void check_utf8_text(const LineIndex& lines, std::string_view text) {
    if (auto bad = find_invalid_utf8(text))
        throw InputError(lines.at(*bad), "the file is not valid UTF-8 (save it as UTF-8)");
    if (auto nul = text.find('\0'); nul != std::string_view::npos)
        throw InputError(lines.at(nul), "the file contains a NUL byte");
}

} // namespace bp::input

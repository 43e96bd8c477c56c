#include "app/area_file_name.hpp"

#include "core/error.hpp"

namespace bp::app {

namespace {

// `value` with control characters shown as '?', for a message.
std::string shown(const std::string& value) {
    std::string s;
    for (char c : value)
        s += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? '?' : c;
    return s;
}

} // namespace

std::string file_name_problem(const std::string& value) {
    if (value.empty()) return "it is empty";
    if (value[0] == '.') return "it starts with '.'";
    if (value.size() > 200) return "it is over 200 bytes";
    for (char c : value)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return "it holds a control character";
    return "";
}

std::string file_name_part(const std::string& value, const std::string& what) {
    if (const std::string why = file_name_problem(value); !why.empty())
        throw OutputError("boardpack: error: " + what + " '" + shown(value) +
                          "' cannot be part of a file name: " + why);
    std::string part = value;
    for (char& c : part)
        if (c == '/' || c == '\\') c = '-';
    return part;
}

std::string area_file_path(const std::string& pattern, const std::string& id,
                           const std::string& name) {
    // One pass over the pattern, so a value that itself reads "{area.name}" stays as it is.
    static const std::string id_key = "{area.id}", name_key = "{area.name}";
    std::string out;
    for (std::size_t i = 0; i < pattern.size();) {
        if (pattern.compare(i, id_key.size(), id_key) == 0) {
            out += file_name_part(id, "the area id");
            i += id_key.size();
        } else if (pattern.compare(i, name_key.size(), name_key) == 0) {
            out += file_name_part(name, "the name of area " + shown(id));
            i += name_key.size();
        } else
            out += pattern[i++];
    }
    return out;
}

} // namespace bp::app

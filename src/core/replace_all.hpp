// Replaces every occurrence of a placeholder in a text ("{section.title}", "{s.id}").
#pragma once

#include <string>
#include <string_view>

namespace bp {

// `text` with every `key` replaced by `value`, left to right, never re-scanning a replacement.
std::string replace_all(std::string text, std::string_view key, std::string_view value);

} // namespace bp

// Characters boardpack cannot lay out correctly without a shaping engine: right-to-left
// scripts, scripts whose letters join or reorder (Indic and others), and combining marks.
#pragma once

#include <string>

namespace bp {

// Why `cp` cannot be laid out ("Hebrew is written right to left, …"), or "" if it can.
std::string why_not_laid_out(char32_t cp);

} // namespace bp

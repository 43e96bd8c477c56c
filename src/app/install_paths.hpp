// Finds the program's own files (preview module, fonts, examples) relative to the running
// executable, so that the build tree, a moved build tree and an installed copy all work.
#pragma once

#include <string>

namespace bp::app {

// Where the program's own files are, worked out from /proc/self/exe.
struct InstallPaths {
    std::string png_module;   // boardpack-png.so (may not exist: then --png reports it)
    std::string font_dir;     // the project fonts (LiberationSans-*.ttf)
    std::string mail_program; // boardpack-mail, which `boardpack mail` runs
};

// Where Debian's fonts-liberation2 puts Liberation Sans (the same files as the project's fonts/).
inline constexpr const char* kDebianFontDir = "/usr/share/fonts/truetype/liberation2";

// Build tree: EXE_DIR/boardpack-png.so, EXE_DIR/boardpack-mail and EXE_DIR/fonts. Installed
// (PREFIX/bin/boardpack, or PREFIX/lib/boardpack/boardpack-mail):
// PREFIX/lib/boardpack/{boardpack-png.so,boardpack-mail} and PREFIX/share/boardpack/fonts, or,
// where that folder is absent (the .deb, which depends on fonts-liberation2), kDebianFontDir.
// The first layout whose module exists wins; the result is computed once.
const InstallPaths& install_paths();

// The same rule for an executable at `exe` (a testable core of install_paths()).
InstallPaths install_paths_for(const std::string& exe);

} // namespace bp::app
